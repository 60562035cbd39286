import { type LineRule, countWords } from "./line-rule.js";

/** A menu's separator between spaces (white space collapsed first). */
const SEPARATOR = / [|>»•·/] /;
/** The separator characters, flagged by UTF-16 code (a table: this runs on every character of every line). */
const IS_SEPARATOR = new Uint8Array(0x10000);
for (const c of ["|", ">", "»", "•", "·", "/"]) IS_SEPARATOR[c.charCodeAt(0)] = 1;

function hasTwoSeparatorChars(line: string): boolean {
  let seen = 0;
  for (let i = 0; i < line.length; i++) if (IS_SEPARATOR[line.charCodeAt(i)] === 1 && ++seen === 2) return true;
  return false;
}

/** "Home > World > Europe", "News | Sport | Weather": breadcrumbs and menus. */
export const navigationLine: LineRule = {
  name: "navigation-line",
  reason: "navigation menu or breadcrumb",
  test: (line) => {
    // Three parts need two separators: a line with fewer separator characters is not split at all.
    if (!hasTwoSeparatorChars(line)) return false;
    // Collapse white space first: /\s+[|>]\s+/ backtracks quadratically over a long run of spaces.
    const parts = line.replace(/\s+/g, " ").split(SEPARATOR);
    if (parts.length < 3) return false;
    return parts.every((p) => countWords(p, 4) <= 3) && !/[.!?]$/.test(line.trim());
  },
};
