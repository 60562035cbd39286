import type { Doc } from "../../model/doc.js";

const OPEN = new Set(["“", "«", "„"]);
const CLOSE = new Set(["”", "»"]);
/** The characters the scan acts on: a line break, the curly and angle marks, and straight quotes. */
const IS_MARK = new Uint8Array(0x10000);
for (const c of ["\n", '"', "'", ...OPEN, ...CLOSE]) IS_MARK[c.charCodeAt(0)] = 1;

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
    // Most characters are none of the marks: skip them by code without making a string.
    if (i < text.length && IS_MARK[text.charCodeAt(i)] === 0) continue;
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
  markSingleQuoted(text, quoted);
  for (const q of doc.quotes) quoted.fill(1, q.start, Math.min(q.end, text.length));
  return quoted;
}

/** An opening single quotation mark: at a word start, before a capital ("'At the time, I thought"). */
const SINGLE_OPEN = /(?<=^|[\s(\[—–-])['‘](?=\p{Lu})/gmu;
/** Its closing mark: right after a comma, stop, question or exclamation mark, before a space or the end. */
const SINGLE_CLOSE = /(?<=[,.!?] ?)['’](?=\s|$|[)\]])/gmu;

/**
 * British-style quotations in single marks: "'At the time, I thought it was a brick, but it was a
 * bullet,' Mrs Armstead said." An apostrophe is never an opening mark before a capital at a word
 * start, and a closing mark must follow the quotation's own punctuation, so "the players' union" and
 * "rock 'n' roll" stay unquoted. A quotation must close in its paragraph to count.
 */
function markSingleQuoted(text: string, quoted: Uint8Array): void {
  for (const open of text.matchAll(SINGLE_OPEN)) {
    const start = open.index ?? 0;
    if (quoted[start] === 1) continue;
    const lineEnd = text.indexOf("\n", start);
    const para = text.slice(start + 1, lineEnd < 0 ? text.length : lineEnd);
    SINGLE_CLOSE.lastIndex = 0;
    const close = SINGLE_CLOSE.exec(para);
    if (!close) continue;
    quoted.fill(1, start, start + 1 + close.index + 1);
  }
}
