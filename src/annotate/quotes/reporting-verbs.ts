/**
 * Reporting verbs of general English, as lemmas (wink-nlp gives "say" for "said"). A quote whose frame
 * holds one of them has a speaker next to it: `"...," Ada Brennan said`, `he told reporters: "..."`.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  "say", "tell", "add", "ask", "quip", "note", "explain", "insist", "argue", "claim", "declare", "state",
  "write", "tweet", "post", "warn", "urge", "reply", "respond", "answer", "continue", "recall", "remark",
  "announce", "acknowledge", "admit", "suggest", "vow", "promise", "predict", "observe", "comment",
  "describe", "call", "joke", "conclude", "complain", "stress", "emphasize", "emphasise", "assert",
  "contend", "maintain", "confirm", "deny", "report", "testify", "whisper", "shout", "scream", "cry",
  "exclaim", "boast", "concede", "counter", "retort", "muse", "wonder", "recount", "reiterate",
  "repeat", "summarize", "summarise", "caution", "demand", "plead", "pledge", "proclaim", "quote",
  "reckon", "reveal", "scoff", "snap", "speak", "sigh", "thunder", "begin", "tell", "lament", "mutter",
  "press", "query", "offer", "affirm", "allege", "charge", "blast", "slam", "praise", "hail", "label",
  "dub", "brand", "term", "characterize", "characterise", "describe", "dismiss", "accuse", "criticize",
  "criticise", "threaten", "point", "sing", "chant", "text", "email", "message", "testify", "chime", "interject", "told", "said", "write", "read", "wrote",
]);

/** Two-word reporting phrases whose second word is a particle ("pointed out", "went on"). */
export const REPORTING_PARTICLES: ReadonlySet<string> = new Set(["out", "on", "in", "up", "back"]);

/** True when a token's lemma is a reporting verb. */
export function isReportingVerb(lemma: string): boolean {
  return REPORTING_VERBS.has(lemma.toLowerCase());
}
