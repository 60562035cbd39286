import type { Doc } from "../model/doc.js";
import type { Sentence } from "../model/sentence.js";

const OPEN = /["“”]/g;

/** Share of a sentence's characters that sit inside quotation marks (0..1). */
export function quotedShare(doc: Doc, s: Sentence): number {
  let fromQuotes = 0;
  for (const q of doc.quotes) fromQuotes += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  const len = Math.max(1, s.end - s.start);
  if (fromQuotes > 0) return Math.min(1, fromQuotes / len);
  // No quote annotations: count characters between pairs of quote marks in the sentence itself.
  const text = doc.article.text.slice(s.start, s.end);
  const marks = [...text.matchAll(OPEN)].map((m) => m.index ?? 0);
  let inside = 0;
  for (let i = 0; i + 1 < marks.length; i += 2) inside += (marks[i + 1] ?? 0) - (marks[i] ?? 0);
  if (marks.length % 2 === 1) inside += text.length - (marks[marks.length - 1] ?? 0);
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
