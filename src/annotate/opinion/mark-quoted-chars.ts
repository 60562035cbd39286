import type { Doc } from "../../model/doc.js";

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);

/**
 * One flag per character of the article: true inside quotation marks or inside a quote the quotes
 * stage found. Quotes are tracked per paragraph (a news quote that runs on reopens its marks in the
 * next paragraph). A closing mark with no opening one quotes the paragraph up to it:
 * `On behalf of the family, thank you for the tremendous outpouring of love."` continues a quote
 * opened in an earlier paragraph.
 */
export function markQuotedChars(doc: Doc): Uint8Array {
  const text = doc.article.text;
  const quoted = new Uint8Array(text.length);
  let paraStart = 0;
  let open = -1;
  const close = (end: number) => {
    quoted.fill(1, open < 0 ? paraStart : open, end);
    open = -1;
  };
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === undefined || c === "\n") {
      if (open >= 0) quoted.fill(1, open, i);
      open = -1;
      paraStart = i + 1;
      continue;
    }
    if (OPEN.has(c)) {
      if (open < 0) open = i;
    } else if (CLOSE.has(c)) {
      close(i + 1);
    } else if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      // "''I haven't seen it yet,'' he joked": two apostrophes typed for a quotation mark count as one.
      const pair = c === "'";
      // Straight quotes: an opening one sits at a word start, a closing one after a word or punctuation.
      const before = text[i - 1] ?? " ";
      const end = pair ? i + 2 : i + 1;
      if (open >= 0 && /[^\s(\[]/.test(before)) close(end);
      else if (open < 0 && /[\s(\[—–-]|^$/.test(before)) open = i;
      else if (open < 0) close(end);
      else open = i;
      if (pair) i++;
    }
  }
  for (const q of doc.quotes) quoted.fill(1, q.start, Math.min(q.end, text.length));
  return quoted;
}
