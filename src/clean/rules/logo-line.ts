import { type LineRule, countWords } from "./line-rule.js";

/** "newsdesk logo" — an image's alt text left behind by a scraper. */
export const logoLine: LineRule = {
  name: "logo-line",
  reason: "image alt text (a logo or icon), not article text",
  test: (line) => countWords(line, 5) <= 4 && /\b(logo|icon|wordmark|masthead)\b/i.test(line),
};
