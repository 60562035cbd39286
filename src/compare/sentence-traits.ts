import type { Doc } from "../model/doc.js";
import type { QuoteMention } from "../model/quote.js";
import type { Sentence } from "../model/sentence.js";

/** Quote marks: straight, left and right double quotes. */
const QUOTE = 0x22;
const LEFT_QUOTE = 0x201c;
const RIGHT_QUOTE = 0x201d;

/** A doc's sentences in text order (starts and ends ascending, each at its index): they can be swept. */
function inTextOrder(sentences: readonly Sentence[]): boolean {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k] as Sentence;
    const prev = sentences[k - 1];
    if (s.index !== k || (prev && (s.start < prev.start || s.end < prev.end))) return false;
  }
  return true;
}

/** Per sentence of a doc, the characters its quote annotations cover, keyed by the doc's quotes. */
const quotedCharsMemo = new WeakMap<readonly QuoteMention[], { sentences: readonly Sentence[]; chars: Int32Array }>();

/**
 * The characters of each sentence that the doc's quote annotations cover (overlaps summed per quote),
 * in one sweep over the quotes rather than every quote per sentence; undefined when the sentences are
 * not in text order.
 */
function quotedCharsBySentence(doc: Doc): Int32Array | undefined {
  const known = quotedCharsMemo.get(doc.quotes);
  if (known?.sentences === doc.sentences) return known.chars;
  const { sentences } = doc;
  if (!inTextOrder(sentences)) return undefined;
  const chars = new Int32Array(sentences.length);
  for (const q of doc.quotes) {
    // The first sentence that ends after the quote starts (the ones before it cannot overlap it).
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sentences[mid] as Sentence).end <= q.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sentences.length; k++) {
      const s = sentences[k] as Sentence;
      if (s.start >= q.end) break;
      chars[k] = (chars[k] as number) + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
    }
  }
  quotedCharsMemo.set(doc.quotes, { sentences, chars });
  return chars;
}

/** How many of a sentence's characters the doc's quote annotations cover. */
export function quotedChars(doc: Doc, s: Sentence): number {
  const bySentence = doc.sentences[s.index] === s ? quotedCharsBySentence(doc) : undefined;
  if (bySentence) return bySentence[s.index] as number;
  let chars = 0;
  for (const q of doc.quotes) chars += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  return chars;
}

/** Share of a sentence's characters that sit inside quotation marks (0..1). */
export function quotedShare(doc: Doc, s: Sentence): number {
  const fromQuotes = quotedChars(doc, s);
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
