import type { SentenceVector } from "./sentence-vectors.js";

/** Below this cosine a pair must share at least `SHORT_SHARED` terms. */
const SURE = 0.5;
const SHORT_SHARED = 3;
/** Both sentences name people or places and none in common: likely the same words about someone else. */
const OTHER_NAMES = 0.6;

/**
 * How surely two sentences report the same fact (0..1): their cosine, unless the overlap is too thin
 * to trust. Two terms in common are never enough ("I'm not here to negotiate for Ukraine" is not
 * "a war that will end at the negotiating table ... Ukraine"), three only when the cosine is high;
 * and the same words said of different named people count less ("Okafor described the talks as
 * constructive" / "Lindqvist described the meeting as productive").
 */
export function pairSimilarity(a: SentenceVector, b: SentenceVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  let shared = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) {
      dot += w * v;
      shared++;
    }
  }
  return judgeOverlap(dot, shared, a, b);
}

/**
 * The similarity of two sentences from their cosine (`dot`) and how many terms they share: see
 * `pairSimilarity`.
 */
export function judgeOverlap(dot: number, shared: number, a: SentenceVector, b: SentenceVector): number {
  if (shared < 2 || (shared < SHORT_SHARED && dot < SURE)) return 0;
  if (a.names.size > 0 && b.names.size > 0) {
    let common = false;
    for (const n of a.names) if (b.names.has(n)) common = true;
    if (!common) dot *= OTHER_NAMES;
  }
  return dot;
}
