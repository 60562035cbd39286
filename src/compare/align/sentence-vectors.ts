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
  // A sentence's raw weights, in its terms' order, before they are divided by their length.
  let raw = new Float64Array(64);
  const vectors = counts.map((c) => {
    if (raw.length < c.terms.size) raw = new Float64Array(c.terms.size * 2);
    let norm = 0;
    let k = 0;
    for (const [t, tf] of c.terms) {
      const w = (tf === 1 ? 1 : 1 + Math.log(tf)) * (idf.get(t) ?? 0);
      raw[k++] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    const weights = new Map<string, number>();
    k = 0;
    for (const t of c.terms.keys()) weights.set(t, (raw[k++] as number) / norm);
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
