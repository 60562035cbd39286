import { type LineRule, wordsOf } from "./line-rule.js";

/** "Home > World > Europe", "News | Sport | Weather": breadcrumbs and menus. */
export const navigationLine: LineRule = {
  name: "navigation-line",
  reason: "navigation menu or breadcrumb",
  test: (line) => {
    const parts = line.split(/\s+[|>»•·\/]\s+/);
    if (parts.length < 3) return false;
    return parts.every((p) => wordsOf(p).length <= 3) && !/[.!?]$/.test(line.trim());
  },
};
