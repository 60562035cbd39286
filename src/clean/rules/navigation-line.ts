import { type LineRule, countWords } from "./line-rule.js";

/** A menu's separator between spaces (white space collapsed first). */
const SEPARATOR = / [|>»•·/] /;
/** The separator characters, by UTF-16 code. */
const SEPARATOR_CODES: ReadonlySet<number> = new Set(["|", ">", "»", "•", "·", "/"].map((c) => c.charCodeAt(0)));

function hasTwoSeparatorChars(line: string): boolean {
  let seen = 0;
  for (let i = 0; i < line.length; i++) if (SEPARATOR_CODES.has(line.charCodeAt(i)) && ++seen === 2) return true;
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
