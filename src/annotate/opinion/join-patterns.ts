/**
 * Several patterns as one alternation, for asking "does any of them match?" in one scan of the text
 * instead of one scan per pattern (about three times faster on news sentences for the ~20 boilerplate
 * patterns). Possible when they share their flags, none of them is global or sticky (`test` would keep
 * state), and none has numbered back-references or named groups, which joining would shift or repeat;
 * undefined otherwise, and the caller tests them one by one.
 * @example joinPatterns([/\bfoo\b/i, /^bar/i])?.test("Bar none") // true
 */
export function joinPatterns(patterns: readonly RegExp[]): RegExp | undefined {
  const flags = patterns[0]?.flags;
  if (flags === undefined || /[gy]/.test(flags)) return undefined;
  if (!patterns.every((re) => re.flags === flags && !/\\[1-9k]|\(\?<[A-Za-z]/.test(re.source))) return undefined;
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join("|"), flags);
}

/** Whether any of `patterns` matches `text`, through their joined form when there is one. */
export function anyPatternMatches(patterns: readonly RegExp[], joined: RegExp | undefined, text: string): boolean {
  return joined ? joined.test(text) : patterns.some((re) => re.test(text));
}
