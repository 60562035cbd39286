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

/** Ends like a sentence: a period, question or exclamation mark, optionally inside closing quotes. */
export const SENTENCE_END = /[.!?…]["”’')\]]*$/;
