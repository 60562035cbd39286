/** Where a line sits in the raw article, for rules that depend on position. */
export interface LineContext {
  readonly index: number;
  readonly lines: readonly string[];
  /** True when every later non-empty line is also short page furniture (the article has ended). */
  readonly inTail: boolean;
  /** True when no line before this one looked like article prose. */
  readonly inHead: boolean;
}

/** A rule that drops a whole line of scraped page furniture. */
export interface LineRule {
  readonly name: string;
  readonly reason: string;
  readonly test: (line: string, ctx: LineContext) => boolean;
}

export function wordsOf(line: string): string[] {
  return line.trim().split(/\s+/).filter(Boolean);
}

const SPACE = /\s/;

/**
 * How many words `line` has (`wordsOf(line).length`), counting no further than `cap`: the rules ask
 * "at most four words?" of every line, and a line can be a whole paragraph, so the count stops at the
 * first word past the question and no array is made.
 * @example countWords("Home  News Sport", 2) // 2
 */
export function countWords(line: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(line[i] ?? "")) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      if (++n >= cap) return n;
    }
  }
  return n;
}

/** Ends like a sentence: a period, question or exclamation mark, optionally inside closing quotes. */
export const SENTENCE_END = /[.!?…]["”’')\]]*$/;
