import { type LineRule, wordsOf } from "./line-rule.js";

/**
 * "trumpputinsummitalaskaukraine..." — tags run together by a scraper: very long lowercase "words"
 * with no sentence punctuation.
 */
export const tagCloudLine: LineRule = {
  name: "tag-cloud-line",
  reason: "run-together tag list (words joined without spaces)",
  test: (line) => {
    // Punctuation first: it rules out prose lines without splitting them into words.
    if (/[.!?,;]/.test(line)) return false;
    const words = wordsOf(line);
    if (words.length === 0) return false;
    const letters = words.join("").length;
    // A loop, not Math.max(...words): spreading a 5 MB line's million words overflows the stack.
    const longest = words.reduce((m, w) => Math.max(m, w.length), 0);
    return longest >= 25 && letters / words.length > 12 && line === line.toLowerCase();
  },
};
