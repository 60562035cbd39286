import type { Sentence } from "../model/sentence.js";
import type { Warning } from "../model/span.js";
import type { Token } from "../model/token.js";
import { MAX_SENTENCE_CHARS, mergeFalseBoundaries, splitMissedBoundaries, splitOverlongPieces } from "./boundary-rules.js";
import { readText } from "./read-text.js";

export interface Segmented {
  sentences: Sentence[];
  tokens: Token[];
  /** Text that had to be cut into sentences by length (no usable sentence punctuation). */
  warnings: Warning[];
}

const SPACE = /\s/;

/** Trim a span to exclude surrounding white space. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] ?? "")) s++;
  while (e > s && SPACE.test(text[e - 1] ?? "")) e--;
  return [s, e];
}

/**
 * Split a wink sentence wherever it crosses a line break: in cleaned text a newline always ends a
 * paragraph (wink joins one-newline lines into one sentence).
 */
function splitAtNewlines(text: string, start: number, end: number, newlines: NewlineFinder): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = newlines.next(start); i < end; i = newlines.next(i + 1)) {
    out.push([s, i]);
    s = i + 1;
  }
  out.push([s, end]);
  return out;
}

/** The first line break at or after a position; asked in increasing order, it searches the text once. */
interface NewlineFinder { next(from: number): number }

function newlineFinder(text: string): NewlineFinder {
  let searchedFrom = 0;
  let found = text.indexOf("\n");
  return {
    next(from) {
      // A break found from an earlier position is the first from `from` too while it lies at or after it.
      if (from < searchedFrom || (found >= 0 && found < from)) {
        searchedFrom = from;
        found = text.indexOf("\n", from);
      }
      return found < 0 ? Infinity : found;
    },
  };
}

/**
 * Sentences with character offsets into `text`, plus lemma/POS tokens from the same wink-nlp pass.
 * Handles abbreviations (U.S., Mr.), initials and decimals through wink-nlp; adds paragraph breaks and
 * trims white space so that `text.slice(start, end)` is exactly the sentence.
 * @example segmentSentences("He left. Mr. Smith stayed.").sentences.length // 2
 */
export function segmentSentences(text: string): Segmented {
  const { tokens: raw, sentences: spans } = readText(text);
  const pieces: Array<[number, number]> = [];
  const newlines = newlineFinder(text);
  for (const [first, last] of spans) {
    const a = raw[first];
    const b = raw[last];
    if (!a || !b) continue;
    for (const [s0, e0] of splitAtNewlines(text, a.start, b.end, newlines)) {
      const [s, e] = trimSpan(text, s0, e0);
      if (e > s) pieces.push([s, e]);
    }
  }
  const { pieces: fixed, cut } = splitOverlongPieces(text, splitMissedBoundaries(text, mergeFalseBoundaries(text, pieces)));
  const warnings: Warning[] = cut.map(([start, end]) => ({
    stage: "segment",
    rule: "overlong-sentence",
    start,
    end,
    reason: `no sentence end in ${end - start} characters; cut into pieces of at most ${MAX_SENTENCE_CHARS}`,
  }));
  // Paragraph numbers: count blank-line or newline breaks before each sentence.
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (const [start, end] of fixed) {
    if (sentences.length > 0 && text.slice(prevEnd, start).includes("\n")) paragraph++;
    sentences.push({ index: sentences.length, start, end, paragraph });
    prevEnd = end;
  }
  const tokens: Token[] = [];
  let si = 0;
  for (const t of raw) {
    if (t.type === "tabCRLF" || t.end <= t.start) continue;
    while (si < sentences.length - 1 && t.start >= (sentences[si]?.end ?? 0)) si++;
    tokens.push({ start: t.start, end: t.end, lemma: t.lemma, pos: t.pos, stop: t.stop, sentence: si });
  }
  return { sentences, tokens, warnings };
}
