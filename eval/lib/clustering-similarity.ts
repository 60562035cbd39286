/**
 * All-pairs similarity of the pooled articles, as the story index scores two articles: per part
 * (terms, entities, values) the idf-weighted cosine of sublinear unit vectors, idf over the pool,
 * averaged with the part weights over the parts both articles have. For offline experiments
 * (`clustering-offline.ts`, `clustering-ceiling.ts`), not for ingest.
 */
import type { ArticleFeatures } from "../../src/store/store.js";
import { unitSublinear, type Vec } from "../../src/stream/weighted-vector.js";

export type Part = "terms" | "entities" | "values";
export const INDEX_WEIGHTS: Readonly<Record<Part, number>> = { terms: 0.8, entities: 0.1, values: 0.1 };

/** Row-major n x n similarities (the diagonal is each article with itself). */
export function similarityMatrix(
  features: readonly ArticleFeatures[],
  weights: Readonly<Record<Part, number>> = INDEX_WEIGHTS,
  /** Optional change of each article's idf-weighted vector of a part before it is normalised (term expansion). */
  transform: Partial<Record<Part, (weighted: Map<string, number>) => Map<string, number>>> = {},
): Float64Array[] {
  const n = features.length;
  const sims = Array.from({ length: n }, () => new Float64Array(n));
  const totals = Array.from({ length: n }, () => new Float64Array(n));
  for (const part of ["terms", "entities", "values"] as const) {
    const vecs: Vec[] = features.map((f) => (part === "values" ? unitSublinear(Object.fromEntries(f.values.map((v) => [v, 1]))) : unitSublinear(f[part])));
    const df = new Map<string, number>();
    for (const v of vecs) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    const idf = (k: string) => Math.log(1 + (n + 1) / ((df.get(k) ?? 0) + 1));
    // Each article's idf-weighted unit vector, and the postings that find the articles sharing a key.
    const postings = new Map<string, Array<[number, number]>>();
    const unit = vecs.map((v, i) => {
      let w = new Map<string, number>();
      let sq = 0;
      for (const [k, x] of v) w.set(k, x * idf(k));
      const change = transform[part];
      if (change) w = change(w);
      for (const y of w.values()) sq += y * y;
      const norm = Math.sqrt(sq);
      if (norm === 0) return undefined;
      for (const [k, y] of w) {
        const list = postings.get(k) ?? [];
        list.push([i, y / norm]);
        postings.set(k, list);
        w.set(k, y / norm);
      }
      return w;
    });
    for (let i = 0; i < n; i++) {
      const mine = unit[i];
      if (!mine) continue;
      const row = sims[i] as Float64Array;
      const tot = totals[i] as Float64Array;
      for (let j = 0; j < n; j++) if (unit[j]) tot[j] = (tot[j] as number) + weights[part];
      for (const [k, x] of mine) for (const [j, y] of postings.get(k) ?? []) row[j] = (row[j] as number) + weights[part] * x * y;
    }
  }
  for (let i = 0; i < n; i++) {
    const row = sims[i] as Float64Array;
    const tot = totals[i] as Float64Array;
    for (let j = 0; j < n; j++) row[j] = (tot[j] as number) > 0 ? (row[j] as number) / (tot[j] as number) : 0;
  }
  return sims;
}

/**
 * Second-order (shared nearest neighbour) mix: each article's similarities to its `k` nearest others
 * as a vector, the cosine of two such vectors, blended in at `share` (scaled to the first-order range).
 */
export function mixSharedNeighbours(sims: readonly Float64Array[], k: number, share: number): Float64Array[] {
  const n = sims.length;
  const near = sims.map((row, i) => {
    const order = [...row.keys()].filter((j) => j !== i).sort((a, b) => (row[b] as number) - (row[a] as number)).slice(0, k);
    const v = new Map(order.map((j) => [j, row[j] as number]));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [j, x] of v) v.set(j, x / norm);
    return v;
  });
  let top = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) top = Math.max(top, (sims[i] as Float64Array)[j] as number);
  return sims.map((row, i) => {
    const out = new Float64Array(n);
    const a = near[i] as Map<string | number, number>;
    for (let j = 0; j < n; j++) {
      const b = near[j] as Map<string | number, number>;
      let dot = 0;
      for (const [m, x] of a) dot += x * (b.get(m) ?? 0);
      out[j] = (1 - share) * (row[j] as number) + share * dot * top;
    }
    return out;
  });
}
