/** A sentence as a unit-length TF-IDF vector over content terms. */
export interface SentenceVector {
  readonly doc: number;
  readonly sentence: number;
  /** term -> weight, L2-normalized. */
  readonly weights: Map<string, number>;
  /** The sentence's name terms (a subset of the weights' keys). */
  readonly names: ReadonlySet<string>;
}

/**
 * Weight sentences' term counts by TF-IDF computed over the whole story (`1 + ln tf` times
 * `ln(1 + N/df)`), then normalize to unit length so a dot product is a cosine.
 */
export function weighSentences(
  counts: ReadonlyArray<{ doc: number; sentence: number; terms: Map<string, number>; names?: ReadonlySet<string> }>,
): { vectors: SentenceVector[]; idf: Map<string, number> } {
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = counts.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const vectors = counts.map((c) => {
    const weights = new Map<string, number>();
    let norm = 0;
    for (const [t, tf] of c.terms) {
      const w = (1 + Math.log(tf)) * (idf.get(t) ?? 0);
      weights.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of weights) weights.set(t, w / norm);
    return { doc: c.doc, sentence: c.sentence, weights, names: c.names ?? new Set<string>() };
  });
  return { vectors, idf };
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}
