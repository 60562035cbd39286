/**
 * Lemmas of verbs that attribute what follows or precedes to someone: "X said", "X believes",
 * "X warned". A sentence whose own voice uses one of them reports a view rather than holding it.
 */
export const ATTRIBUTION_LEMMAS: ReadonlySet<string> = new Set([
  "say", "tell", "add", "ask", "note", "explain", "insist", "argue", "claim", "declare", "state", "write",
  "tweet", "post", "warn", "urge", "reply", "respond", "recall", "remark", "announce", "acknowledge",
  "admit", "suggest", "vow", "promise", "predict", "observe", "comment", "describe", "conclude", "complain",
  "stress", "emphasize", "emphasise", "assert", "contend", "maintain", "confirm", "deny", "report",
  "testify", "concede", "counter", "reiterate", "caution", "believe", "think", "feel", "expect",
  "estimate", "hope", "fear", "worry", "accuse", "criticize", "criticise", "praise", "call", "dismiss",
  "allege", "charge", "label", "quote", "characterize", "characterise", "indicate", "signal", "signaled",
  "signalled", "predict", "forecast", "speculate", "wonder", "question", "doubt", "hail", "decry",
  "lament", "recommend", "propose", "demand", "reckon", "contend", "told", "said",
]);

/** Phrases that attribute without a verb ("according to", "in the view of"). */
export const ATTRIBUTION_PHRASES: readonly RegExp[] = [
  /\baccording to\b/i,
  /\bin (?:the|his|her|their|its) (?:view|words|opinion|assessment|telling|reply|response|statement|letter|complaint|filing|ruling|brief|lawsuit)\b/i,
  /\bas (?:\w+ ){0,3}(?:put|puts|described|noted|wrote|said|says) it\b/i,
  /\b(?:said|says|told|wrote|writes|added|argued|argues|believes|believed) (?:in|on|at|that|to)\b/i,
  // "The anchor posed the following question on Friday: Let me ask you ...": a quote after a colon.
  // "Commissioner Jo Park and many others raised questions: was this a new problem?": their question.
  /\b(?:said|says|wrote|writes|asked|asks|tweeted|posted|told|added|stated|declared|questions?|statement|message|letter|reads?|following)\b[^:.!?]{0,80}:\s+\S/i,
];

/** A transcript or Q&A turn ("Q:", "GEORGE SMITH:"): the line belongs to the named speaker. */
export const SPEAKER_TURN = /^(?:Q|@\w+|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s?:\s/;

/** A pull quote or post signed at its end: "Every day they go to court, I'll be there. — Jo Reyes, his mother". */
export const SIGNED_AT_END = /[—–]\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+(?:\s*\(@\w+\))?(?:,[^—–]*|\s+\p{Lu}\p{L}+\.? \d{1,2}, \d{4})?$/u;

/** An embedded social-media post: "... https://t.co/x1 — Jo Park (@jopark) April 1, 2017". */
export const EMBEDDED_POST = /\b(?:https?:\/\/t\.co\/|pic\.twitter\.com\/)|\(@\w+\)\s+\p{Lu}\p{L}+\.? \d{1,2}, \d{4}/u;

/**
 * A post's signature opening a line of its own: "— Jo Park (@jopark) April 1, 2017", "- City Police
 * (@CityPD) May 2, 2018" (the segmenter may run it into the next line when that opens in lower case).
 */
export const POST_SIGNATURE_LINE = /^[—–-]\s*[^\n]{1,80}\(@\w+\)\s+\p{Lu}\p{L}+\.? \d{1,2}, \d{4}(?!\d)/u;

/**
 * A pull quote's credit glued to the end of its paragraph, without a dash or a full stop: "Former
 * partner Jo Park, who hired him in 1993", "Ana Ruiz, chief ethics adviser under two presidents". A
 * name of two or more capitalised words (after at most four words of title), then a comma and a
 * description, and no closing full stop, question or exclamation mark.
 */
export const CREDIT_LINE = /^(?:[\p{L}-]+\s+){0,4}\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+)+,\s+(?:[^.!?]|(?<=(?:^|\s)(?:\p{Lu}|Jr|Sr|Inc|Corp|Co|St|Dr|Mr|Mrs|Ms))\.)*[^.!?\s"'”’)\]]$/u;
