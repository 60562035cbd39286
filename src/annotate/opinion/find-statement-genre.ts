import { STATEMENT_CUES } from "./lexicon/statement-cues.js";

/** Different statement cues a text needs before it counts as an organisation's own statement. */
const MIN_CUES = 2;

/**
 * Whether the whole text reads as an organisation's or a candidate's own statement (a press release,
 * an announcement, a campaign's pitch), and why: "New York, NY – ..." followed by "For more
 * information, please visit ..."; "On behalf of all of us, I am incredibly proud ..." with "our
 * employees". Such a text's first person, verdicts and exclamations are the organisation's words,
 * reported by the outlet that carries them, not the outlet's opinion. `ownText` is the article text
 * with quoted words blanked: a spokesperson's quoted "We're excited to introduce ..." in a news
 * report is no cue.
 * @example findStatementGenre("... today announced ... For more information, please visit ...") // "an announcement's formula ...; ..."
 */
export function findStatementGenre(ownText: string): string | undefined {
  const found = STATEMENT_CUES.filter((c) => c.pattern.test(ownText)).map((c) => c.reason);
  return found.length >= MIN_CUES ? found.join("; ") : undefined;
}
