/** English number words and their values: the small lexicon behind "two and a half hours". */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};

/** Multipliers, written as words or as the short forms news copy uses ("$3bn", "2.5m"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12,
};

const WORD_ALTERNATION = [...Object.keys(SMALL_NUMBERS), "hundred", "thousand", "million", "billion", "trillion"]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** A run of number words: "twenty-five", "two hundred and forty", "three". */
export const NUMBER_WORDS_SOURCE = `(?:${WORD_ALTERNATION})(?:(?:[\\s-]+|\\s+and\\s+)(?:${WORD_ALTERNATION}))*`;

/** Digits with optional thousands separators and decimals: "1,000", "2.5". */
export const DIGITS_SOURCE = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

/**
 * Value of a run of number words, or undefined when the words do not form one number
 * ("one two" is two numbers, not twelve).
 * @example parseNumberWords("two hundred and forty") // 240
 */
export function parseNumberWords(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and");
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let last: "small" | "scale" | undefined;
  for (const w of words) {
    const small = SMALL_NUMBERS[w];
    if (small !== undefined) {
      // "twenty five" is fine (tens then units); "five twenty" or "one two" is not one number.
      if (last === "small" && !(current % 100 >= 20 && current % 10 === 0 && small < 10)) return undefined;
      current += small;
      last = "small";
      continue;
    }
    const scale = SCALES[w];
    if (scale === undefined || w.length < 4) return undefined;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    last = "scale";
  }
  return total + current;
}

/**
 * Value of a number written in digits or words, with an optional scale word.
 * @example parseNumber("1,000") // 1000
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^[\d,.]+$/.test(t)) {
    const n = Number(t.replace(/,/g, ""));
    return Number.isFinite(n) ? n : undefined;
  }
  return parseNumberWords(t);
}
