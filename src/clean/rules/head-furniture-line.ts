import { type LineRule, SENTENCE_END, countWords } from "./line-rule.js";

/**
 * One- or two-word lines before the headline ("Menu", "World", "Search"): section names and
 * controls above the article. A headline has more words than this.
 */
export const headFurnitureLine: LineRule = {
  name: "head-furniture-line",
  reason: "short line above the headline (section name or page control)",
  test: (line, ctx) =>
    ctx.inHead && countWords(line, 3) <= 2 && !SENTENCE_END.test(line.trim()) && ctx.index < ctx.lines.length - 1,
};
