/**
 * Groups of general-English words that news reports use interchangeably for the same thing. Each
 * word maps to its group's first word, so paraphrases share terms ("ended without a cease-fire
 * agreement" / "ended without reaching a ceasefire deal").
 */
const GROUPS: readonly string[][] = [
  ["deal", "agreement", "accord", "pact", "settlement", "treaty"],
  ["meeting", "talks", "talk", "summit", "session", "negotiation", "negotiations"],
  ["end", "conclude", "finish", "wrap", "close"],
  ["ceasefire", "truce", "armistice"],
  ["war", "conflict", "fighting", "hostilities"],
  ["leader", "president", "head"],
  ["reporter", "journalist", "press", "media"],
  ["conference", "briefing", "appearance"],
  ["question", "query"],
  ["aide", "adviser", "advisor", "assistant", "official"],
  ["productive", "constructive", "useful", "fruitful"],
  ["begin", "start", "launch", "commence"],
  ["kill", "slay"],
  ["die", "perish"],
  ["injure", "wound", "hurt"],
  ["arrest", "detain"],
  ["buy", "purchase", "acquire"],
  ["big", "large", "major"],
  // Not "state": far more often the noun ("the US state of ...") than the verb.
  ["say", "tell"],
  ["accompany", "join"],
  ["cancel", "scrap", "call off"],
  ["sanction", "penalty"],
  ["invasion", "incursion"],
  ["percent", "per cent", "%"],
];

const CANONICAL = new Map<string, string>();
for (const group of GROUPS) for (const w of group) CANONICAL.set(w, group[0] as string);

/** The group's word for a lemma, or the lemma itself. */
export function canonicalTerm(lemma: string): string {
  return CANONICAL.get(lemma) ?? lemma;
}
