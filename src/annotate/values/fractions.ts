import { SMALL_NUMBERS } from "./number-words.js";

/** Denominators written as words: "a fifth", "two-thirds", "three quarters". */
export const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

const NUMERATORS = "a|an|one|two|three|four|five|six|seven|eight|nine";
const DENOM = Object.keys(DENOMINATORS).sort((a, b) => b.length - a.length).join("|");

/**
 * "one-fifth", "a fifth", "two thirds", "half of": a fraction that is a share of something. "half"
 * alone counts only before "of" ("half of the voters"), not in "two and a half hours".
 */
export const FRACTION_SOURCE = `(?:(?:${NUMERATORS})[\\s-]+(?:${DENOM})|half(?=\\s+(?:of|the)\\b))`;

/**
 * Value of a fraction phrase.
 * @example parseFraction("two-thirds") // 0.666...
 */
export function parseFraction(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words.length === 1 && words[0] === "half") return 0.5;
  const [num, den] = words;
  if (!num || !den) return undefined;
  const n = num === "a" || num === "an" ? 1 : SMALL_NUMBERS[num];
  const d = DENOMINATORS[den];
  if (n === undefined || d === undefined || n >= d) return undefined;
  return n / d;
}
