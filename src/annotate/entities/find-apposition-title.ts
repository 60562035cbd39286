import type { Doc } from "../../model/doc.js";
import type { Span } from "../../model/span.js";
import { tokenText } from "./find-name-runs.js";
import { matchTitleAt } from "./titles.js";

const DETERMINERS = new Set(["the", "a", "an"]);
const STOP = new Set([",", ".", ";", ":", "—", "–", "(", ")", "\"", "“", "”"]);

/**
 * A role given in apposition after a name: "Tom Hale, a presidential aide, said" -> "presidential aide";
 * "Ada Brennan, the country's top diplomat," -> "country's top diplomat". Returns the phrase and its
 * span, or undefined. The phrase must hold a title of the lexicon within its first four words.
 */
export function findAppositionTitle(doc: Doc, lastToken: number): { title: string; span: Span } | undefined {
  const toks = doc.tokens;
  const comma = toks[lastToken + 1];
  const first = toks[lastToken];
  if (!comma || !first || tokenText(doc, comma) !== "," || comma.sentence !== first.sentence) return undefined;
  let i = lastToken + 2;
  const det = toks[i];
  if (det && DETERMINERS.has(tokenText(doc, det).toLowerCase())) i++;
  const from = i;
  const words: string[] = [];
  while (i < toks.length && words.length < 8) {
    const t = toks[i];
    if (!t || t.sentence !== first.sentence) break;
    const w = tokenText(doc, t);
    if (STOP.has(w)) break;
    if (t.pos === "VERB" || t.pos === "AUX") return undefined;
    words.push(w.toLowerCase());
    i++;
  }
  if (words.length === 0) return undefined;
  const end = toks[i];
  if (end && !STOP.has(tokenText(doc, end))) return undefined;
  let hit = false;
  for (let k = 0; k < Math.min(4, words.length); k++) if (matchTitleAt(words, k) > 0) hit = true;
  if (!hit) return undefined;
  const a = toks[from];
  const b = toks[i - 1];
  if (!a || !b) return undefined;
  return { title: doc.article.text.slice(a.start, b.end), span: { start: a.start, end: b.end } };
}
