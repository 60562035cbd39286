import { SENTENCE_END, countWords } from "./rules/line-rule.js";

/**
 * Does the first line of an article read as a headline? Short, and either without sentence-final
 * punctuation ("Mayor: budget vote delayed but ...") or with a headline's separators (";", " | ", "_ ").
 * A long first line ending in a period is the lede, and stays in the text.
 */
export function detectHeadline(line: string): boolean {
  const words = countWords(line, 31);
  if (words < 3 || words > 30) return false;
  if (!SENTENCE_END.test(line)) return true;
  return /;|\s\|\s|_\s|\s[-–—]\s\S+$/.test(line) && words <= 25;
}
