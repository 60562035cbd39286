import { type LineRule, SENTENCE_END, countWords } from "./line-rule.js";

/**
 * "World news" after the last paragraph: short lines with no sentence punctuation once the article has
 * ended are section names and widgets, not reporting.
 */
export const tailFurnitureLine: LineRule = {
  name: "tail-furniture-line",
  reason: "short line without sentence punctuation after the article ends (section name or widget)",
  test: (line, ctx) => ctx.inTail && countWords(line, 7) <= 6 && !SENTENCE_END.test(line.trim()),
};
