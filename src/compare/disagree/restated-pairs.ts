import type { Doc } from "../../model/doc.js";
import type { ValueMention } from "../../model/value.js";

/**
 * Neighbouring values of one article with only a restatement between them ("1,000 kilometres (680
 * miles)", "two-thirds, or 45%"): `gap` is matched against the text between the two.
 */
export function restatedPairs(doc: Doc, gap: RegExp): Array<[ValueMention, ValueMention]> {
  const text = doc.article.text;
  const vs = [...doc.values].sort((a, b) => a.start - b.start);
  const out: Array<[ValueMention, ValueMention]> = [];
  for (let i = 0; i + 1 < vs.length; i++) {
    const a = vs[i] as ValueMention;
    const b = vs[i + 1] as ValueMention;
    if (gap.test(text.slice(a.end, b.start))) out.push([a, b]);
  }
  return out;
}
