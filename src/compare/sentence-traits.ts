import type { Doc } from "../model/doc.js";
import type { Sentence } from "../model/sentence.js";

/** Quote marks: straight, left and right double quotes. */
const QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;

/** Share of a sentence's characters that sit inside quotation marks (0..1). */
export function quotedShare(doc: Doc, s: Sentence): number {
  let fromQuotes = 0;
  for (const q of doc.quotes) fromQuotes += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  const len = Math.max(1, s.end - s.start);
  if (fromQuotes > 0) return Math.min(1, fromQuotes / len);
  // No quote annotations: count characters between pairs of quote marks in the sentence itself.
  const text = doc.article.text;
  let inside = 0;
  let open = -1;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== QUOTE && c !== LEFT_QUOTE && c !== RIGHT_QUOTE) continue;
    if (open < 0) open = i;
    else {
      inside += i - open;
      open = -1;
    }
  }
  // An unclosed mark quotes to the end of the sentence.
  if (open >= 0) inside += s.end - open;
  return Math.min(1, inside / len);
}

/** Kinds of opinion mark that make a sentence the outlet's own view rather than reporting. */
const OPINION_KINDS = new Set(["opinion", "analysis", "address", "first-person", "speculation"]);

/** Is this sentence inside a passage marked as the outlet's opinion? */
export function isOpinion(doc: Doc, s: Sentence): boolean {
  return doc.opinion.some(
    (o) => OPINION_KINDS.has(o.kind) && o.evidence.start < s.end && o.evidence.end > s.start,
  );
}
