import type { Doc } from "../../../model/doc.js";
import { isTimeWord, readSpeakerRight } from "../read-speaker.js";
import type { SpeakerFind } from "../quote-context.js";
import { entityAt, wordAt } from "../quote-context.js";

/**
 * The subject of the clause a quote sits in: the first name, pronoun or noun phrase of the frame that a
 * verb follows, after any opening prepositional phrase ("On Friday, the minister vowed to punish
 * \"...\"" -> "the minister"). Used for participles ("..., saying"), infinitives ("to accuse") and
 * partial quotes without a reporting verb.
 */
export function findClauseSubject(doc: Doc, frame: readonly number[], beforeToken: number, rule: string): SpeakerFind | undefined {
  const set = new Set(frame);
  const ok = (i: number) => set.has(i);
  const toks = frame.filter((i) => i < beforeToken);
  let n = 0;
  // "But moments later, Hale ...": a leading conjunction is passed over.
  while (n < toks.length && doc.tokens[toks[n] as number]?.pos === "CCONJ") n++;
  // Skip an opening phrase up to its comma: "In a statement on Friday, ...", "As the vote neared, ...".
  const firstWord = toks[n] !== undefined ? doc.tokens[toks[n] as number] : undefined;
  const opensWithTime = firstWord !== undefined && isTimeWord(wordAt(doc, toks[n] as number));
  if (firstWord && (firstWord.pos === "ADP" || firstWord.pos === "SCONJ" || firstWord.pos === "ADV" || opensWithTime)) {
    // A quoted title inside the opening phrase swallows its comma: 'On Tuesday's episode of "The
    // Morning Show," the nominee said' - a gap in the frame ends the phrase as well.
    const from = n;
    const comma = toks.findIndex((i, k) => k > from && (wordAt(doc, i) === "," || i - (toks[k - 1] as number) > 1));
    if (comma >= 0) n = wordAt(doc, toks[comma] as number) === "," ? comma + 1 : comma;
  }
  for (; n < toks.length; n++) {
    const i = toks[n] as number;
    const t = doc.tokens[i];
    if (!t) continue;
    if (t.pos === "VERB" || t.pos === "AUX") return undefined;
    if (t.pos === "PRON" || t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "DET" || entityAt(doc, i)) {
      const found = readSpeakerRight(doc, i, ok, rule);
      if (found) return found;
      // "On September 27 they published ...": a time phrase is passed over, anything else ends the search.
      if (isTimeWord(wordAt(doc, i)) || doc.tokens[i]?.pos === "NUM") continue;
      if (t.pos === "NOUN" || t.pos === "PROPN") return undefined;
    }
  }
  return undefined;
}
