import type { Span } from "../../model/span.js";

/** A stretch of text inside quotation marks, possibly over several paragraphs. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the paragraph when the quote is never closed. */
  close: number;
  /** The quoted words of each paragraph, without the marks. */
  pieces: Span[];
  /** 0 for a quote, 1 for a quote inside a quote. */
  depth: 0 | 1;
  /** True when the quote ran to the end of its paragraph without a closing mark and nothing continued it. */
  unclosed: boolean;
}

const OPEN_DOUBLE = new Set(["“", "„", "«"]);
const CLOSE_DOUBLE = new Set(["”", "»"]);
const SPACE = /\s/;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Trim white space, and a comma or dash the frame owns ("We will win," she said), off a span. */
function trimPiece(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && SPACE.test(text[s] ?? "")) s++;
  while (e > s && (SPACE.test(text[e - 1] ?? "") || /[,—–-]/.test(text[e - 1] ?? ""))) e--;
  return { start: s, end: e };
}

/** A straight quote opens when it follows a space, a bracket or the paragraph start and precedes a non-space. */
function opensStraight(text: string, i: number, paragraphStart: number): boolean {
  const before = i > paragraphStart ? (text[i - 1] ?? "") : " ";
  const after = text[i + 1] ?? "";
  return (SPACE.test(before) || /[([{—–:-]/.test(before)) && after !== "" && !SPACE.test(after);
}

function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = text.indexOf("\n"); ; i = text.indexOf("\n", i + 1)) {
    const end = i < 0 ? text.length : i;
    if (end > s) out.push({ start: s, end });
    if (i < 0) break;
    s = i + 1;
  }
  return out;
}

/** Code units the quote scans act on; every other character is skipped by its code, without a string. */
const IS_DOUBLE_MARK = new Uint8Array(0x10000);
for (const c of ['"', ...OPEN_DOUBLE, ...CLOSE_DOUBLE]) IS_DOUBLE_MARK[c.charCodeAt(0)] = 1;
const IS_SINGLE_MARK_OR_BREAK = new Uint8Array(0x10000);
for (const c of ["\n", "‘", "’", "'"]) IS_SINGLE_MARK_OR_BREAK[c.charCodeAt(0)] = 1;

function firstMark(text: string, p: Span): number {
  let i = p.start;
  while (i < p.end && SPACE.test(text[i] ?? "")) i++;
  const c = text[i] ?? "";
  return OPEN_DOUBLE.has(c) || c === '"' ? i : -1;
}

/**
 * Every double-quoted stretch of `text`, curly or straight. A paragraph that opens a quote without
 * closing it continues into the next paragraph when that one opens with a quotation mark (the news
 * convention for a quote over several paragraphs); otherwise the quote ends with its paragraph and is
 * marked `unclosed`. Single-quoted stretches are found inside them (depth 1) and, when clearly
 * delimited, on their own ("it is ‘in their heads,’ he said").
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paragraphs = paragraphsOf(text);
  let carried: QuoteSpan | undefined;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi] as Span;
    let openAt = -1;
    const emit = (close: number, unclosed: boolean) => {
      const piece = trimPiece(text, openAt + 1, close);
      const q: QuoteSpan = carried
        ? { ...carried, close, pieces: [...carried.pieces, piece], unclosed }
        : { open: openAt, close, pieces: [piece], depth: 0, unclosed };
      carried = undefined;
      if (q.pieces.some((x) => x.end > x.start)) out.push({ ...q, pieces: q.pieces.filter((x) => x.end > x.start) });
      openAt = -1;
    };
    for (let i = p.start; i < p.end; i++) {
      if (IS_DOUBLE_MARK[text.charCodeAt(i)] === 0) continue;
      const c = text[i] ?? "";
      if (OPEN_DOUBLE.has(c)) {
        if (openAt >= 0) emit(i, true);
        openAt = i;
      } else if (CLOSE_DOUBLE.has(c)) {
        if (openAt >= 0) emit(i, false);
      } else if (c === '"') {
        if (openAt >= 0) emit(i, false);
        else if (opensStraight(text, i, p.start)) openAt = i;
      }
    }
    if (openAt >= 0) {
      const next = paragraphs[pi + 1];
      if (next && firstMark(text, next) >= 0) {
        const piece = trimPiece(text, openAt + 1, p.end);
        carried = carried
          ? { ...carried, pieces: [...carried.pieces, piece] }
          : { open: openAt, close: p.end, pieces: [piece], depth: 0, unclosed: false };
      } else {
        emit(p.end, true);
      }
    } else {
      carried = undefined;
    }
  }
  const inner = out.flatMap((q) => q.pieces.flatMap((piece) => findSingleQuotes(text, piece, 1)));
  const outside = findSingleQuotes(text, { start: 0, end: text.length }, 0).filter(
    (s) => !out.some((q) => s.open >= q.open && s.open <= q.close),
  );
  return [...out, ...inner, ...outside].sort((a, b) => a.open - b.open);
}

/**
 * Single-quoted stretches inside `within`: ‘ or ' after a space or the start and before a letter opens;
 * ’ or ' after a non-space and before a non-letter closes (so the apostrophes of "don’t" and "’90s"
 * neither open nor close). Both must sit in one paragraph.
 */
function findSingleQuotes(text: string, within: Span, depth: 0 | 1): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = within.start; i < within.end; i++) {
    if (IS_SINGLE_MARK_OR_BREAK[text.charCodeAt(i)] === 0) continue;
    const c = text[i] ?? "";
    if (c === "\n") openAt = -1;
    if (c !== "‘" && c !== "’" && c !== "'") continue;
    const before = i > within.start ? (text[i - 1] ?? "") : " ";
    const after = text[i + 1] ?? "";
    const canOpen = c !== "’" && (SPACE.test(before) || /[(“"—:]/.test(before) || i === within.start) && LETTER.test(after);
    const canClose = c !== "‘" && !SPACE.test(before) && !LETTER_OR_DIGIT.test(after);
    if (openAt >= 0 && canClose) {
      const piece = trimPiece(text, openAt + 1, i);
      if (piece.end > piece.start) out.push({ open: openAt, close: i, pieces: [piece], depth, unclosed: false });
      openAt = -1;
    } else if (canOpen && openAt < 0) {
      openAt = i;
    }
  }
  return out;
}
