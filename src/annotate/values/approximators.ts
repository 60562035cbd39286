/**
 * Words that hedge a number, and the range each one makes of it. "about 2.5 hours" and "nearly three
 * hours" must compare honestly: about = ±10%, nearly = up to 15% below, more than = above.
 */
export interface Approximator {
  /** Canonical label stored on the value. */
  label: string;
  /** The phrases, lower case. */
  phrases: readonly string[];
  /** The range this hedge makes of the stated value `v`. */
  range: (v: number) => [number, number];
}

export const APPROXIMATORS: readonly Approximator[] = [
  {
    label: "about",
    phrases: ["about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "or so", "circa", "approx."],
    range: (v) => [v * 0.9, v * 1.1],
  },
  { label: "nearly", phrases: ["nearly", "almost", "close to", "just under", "not quite"], range: (v) => [v * 0.85, v] },
  {
    label: "more than",
    phrases: ["more than", "over", "upwards of", "in excess of", "just over", "above", "longer than"],
    // Open upwards: "at least two others" agrees with "five others".
    range: (v) => [v, v * 10],
  },
  { label: "at least", phrases: ["at least", "no fewer than", "no less than"], range: (v) => [v, v * 10] },
  {
    label: "less than",
    phrases: ["less than", "fewer than", "under", "below", "shorter than"],
    range: (v) => [0, v],
  },
  { label: "up to", phrases: ["up to", "at most", "as many as", "as much as", "no more than"], range: (v) => [0, v] },
];

/** One alternation of every phrase, longest first, for a regular expression. */
export const APPROX_SOURCE = APPROXIMATORS.flatMap((a) => a.phrases)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/[.]/g, "\\."))
  .join("|");

/** The approximator a phrase belongs to, if any. */
export function findApproximator(phrase: string): Approximator | undefined {
  const p = phrase.trim().toLowerCase().replace(/\s+/g, " ");
  return APPROXIMATORS.find((a) => a.phrases.includes(p));
}

/**
 * The range `[low, high]` of a stated value under a hedge ("exact" keeps the point).
 * @example rangeFor("about", 2.5) // [2.25, 2.75]
 */
export function rangeFor(label: string, v: number): [number, number] {
  const a = APPROXIMATORS.find((x) => x.label === label);
  if (!a) return [v, v];
  const [l, h] = a.range(v);
  return [Math.min(l, h), Math.max(l, h)];
}
