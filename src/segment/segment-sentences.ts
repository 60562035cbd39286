import type { Sentence } from "../model/sentence.js";
import type { Warning } from "../model/span.js";
import type { Token } from "../model/token.js";
import { MAX_SENTENCE_CHARS, mergeFalseBoundaries, splitMissedBoundaries, splitOverlongPieces } from "./boundary-rules.js";
import { lemmaAt, readTextColumns } from "./read-text.js";

export interface Segmented {
  sentences: Sentence[];
  tokens: Token[];
  /** Text that had to be cut into sentences by length (no usable sentence punctuation). */
  warnings: Warning[];
}

const SPACE = /\s/;

/** Whether the UTF-16 code unit at `i` is white space, as `/\s/.test(text[i])` says (ASCII without a regex). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] ?? "");
}

/** Trim a span to exclude surrounding white space. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
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
  const columns = readTextColumns(text);
  const { starts, ends, lineBreaks, pos, stops } = columns;
  const pieces: Array<[number, number]> = [];
  const newlines = newlineFinder(text);
  for (const [first, last] of columns.sentences) {
    if (!(first >= 0 && first < starts.length && last >= 0 && last < ends.length)) continue;
    for (const [s0, e0] of splitAtNewlines(text, starts[first] ?? 0, ends[last] ?? 0, newlines)) {
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
  const breaks = newlineFinder(text);
  for (const [start, end] of fixed) {
    if (sentences.length > 0 && breaks.next(prevEnd) < start) paragraph++;
    sentences.push({ index: sentences.length, start, end, paragraph });
    prevEnd = end;
  }
  const tokens: Token[] = [];
  let si = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] ?? 0;
    const end = ends[i] ?? 0;
    if (lineBreaks[i] === 1 || end <= start) continue;
    while (si < sentences.length - 1 && start >= (sentences[si]?.end ?? 0)) si++;
    tokens.push({ start, end, lemma: lemmaAt(columns, i), pos: pos[i] ?? "X", stop: Boolean(stops[i]), sentence: si });
  }
  return { sentences, tokens, warnings };
}
