import * as chrono from "chrono-node";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTH_ABBR = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

const DATE_SIGNAL_SOURCE =
  `\\b(?:${MONTHS}|(?:${MONTH_ABBR})\\.?(?=\\s*\\d)|${WEEKDAYS}|today|yesterday|tomorrow|tonight|ago|` +
  `(?:last|next|this|past|coming)\\s+(?:week|month|year|weekend|decade|${WEEKDAYS}|${MONTHS})|` +
  `\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}:\\d{2}|\\d\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b))`;

/**
 * What a real date phrase contains. chrono also reads "sat down" as Saturday and "for around 2.5 hours"
 * as 2:30; a match with none of these signals is not a date.
 */
export const DATE_SIGNAL = new RegExp(DATE_SIGNAL_SOURCE, "i");

/** Pieces of a text to parse: sentences, roughly (chrono never reads a date across a sentence end). */
const PIECE = /[^.!?\n]+(?:[.!?]+["”’)]*|\n+|$)/g;

/** chrono's results in `piece` that hold a date signal, with indices shifted by `offset`. */
function parseSignalled(piece: string, offset: number, reference: Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
  if (!DATE_SIGNAL.test(piece)) return [];
  const out: chrono.ParsedResult[] = [];
  for (const r of chrono.parse(piece, reference, option)) {
    if (!DATE_SIGNAL.test(r.text)) continue;
    (r as { index: number }).index = r.index + offset;
    out.push(r);
  }
  return out;
}

/**
 * `chrono.parse`, but only over the sentences of `text` that hold a date signal, and keeping only
 * results that contain one (chrono also reads "sat down" as Saturday or "2.5 hours" as a time): most
 * sentences of a news story hold no date, and chrono tries dozens of patterns at every position.
 * Result indices are relative to `text`, as with `chrono.parse`.
 */
export function parseCuedDates(text: string, reference: Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
  if (!DATE_SIGNAL.test(text)) return [];
  if (text.length < 400) return parseSignalled(text, 0, reference, option);
  const out: chrono.ParsedResult[] = [];
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(text); m && m[0].length > 0; m = PIECE.exec(text)) {
    out.push(...parseSignalled(m[0], m.index, reference, option));
  }
  return out;
}
