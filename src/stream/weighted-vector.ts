/** A sparse vector: key -> weight. */
export type Vec = Map<string, number>;

/**
 * Sublinear term frequency (1 + ln tf), scaled to unit length, so a long article counts as one
 * article in a story's profile, not as many.
 * @example unitSublinear({ a: 1, b: 1 }) // Map { a => 0.707, b => 0.707 }
 */
export function unitSublinear(counts: Readonly<Record<string, number>>): Vec {
  const out: Vec = new Map();
  let sq = 0;
  for (const [k, c] of Object.entries(counts)) {
    if (c <= 0) continue;
    const w = 1 + Math.log(c);
    out.set(k, w);
    sq += w * w;
  }
  const norm = Math.sqrt(sq);
  if (norm > 0) for (const [k, w] of out) out.set(k, w / norm);
  return out;
}

/** Add `v` into `into` (times `scale`). */
export function addInto(into: Vec, v: Vec, scale = 1): void {
  for (const [k, w] of v) into.set(k, (into.get(k) ?? 0) + w * scale);
}

/** Length of `v` after weighting each key by `idf(key)`. */
export function weightedNorm(v: Vec, idf: (k: string) => number): number {
  let sq = 0;
  for (const [k, w] of v) {
    const x = w * idf(k);
    sq += x * x;
  }
  return Math.sqrt(sq);
}

/** Cosine of `a` and `b` under idf weighting; `bNorm` is `weightedNorm(b, idf)`, cached by the caller. */
export function weightedCosine(a: Vec, b: Vec, idf: (k: string) => number, aNorm: number, bNorm: number): number {
  if (aNorm === 0 || bNorm === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [k, w] of small) {
    const o = large.get(k);
    if (o === undefined) continue;
    const i = idf(k);
    dot += w * o * i * i;
  }
  return dot / (aNorm * bNorm);
}
