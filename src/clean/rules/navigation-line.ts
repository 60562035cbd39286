import { type LineRule, wordsOf } from "./line-rule.js";

/** "Home > World > Europe", "News | Sport | Weather": breadcrumbs and menus. */
export const navigationLine: LineRule = {
  name: "navigation-line",
  reason: "navigation menu or breadcrumb",
  test: (line) => {
    // Collapse white space first: /\s+[|>]\s+/ backtracks quadratically over a long run of spaces.
    const parts = line.replace(/\s+/g, " ").split(/ [|>»•·/] /);
    if (parts.length < 3) return false;
    return parts.every((p) => wordsOf(p).length <= 3) && !/[.!?]$/.test(line.trim());
  },
};
