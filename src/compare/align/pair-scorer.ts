import { judgeOverlap } from "./pair-similarity.js";
import type { SentenceVector } from "./sentence-vectors.js";

/**
 * `pairSimilarity` over the same vectors held as flat columns (term ids and weights, vector after
 * vector) instead of a map per sentence: the other vector's weights are looked up in a table indexed by
 * term id, filled once per vector, where thousands of scattered maps cost a cache miss a lookup. The
 * dot product adds the same products in the same order (the smaller vector's, the first on ties), so
 * every score is the very same double.
 * @example new PairScorer(vectors).score(i, j) === pairSimilarity(vectors[i], vectors[j]) // always
 */
export class PairScorer {
  /** vector -> its first entry in `terms`/`weights` (and the next vector's: one past its last). */
  private readonly start: Int32Array;
  private readonly terms: Int32Array;
  private readonly weights: Float64Array;
  /** term id -> the vector whose weights `valueA` holds for it (-1: none); likewise for B. */
  private readonly ownerA: Int32Array;
  private readonly valueA: Float64Array;
  private readonly ownerB: Int32Array;
  private readonly valueB: Float64Array;
  /** The vector whose weights the A (B) table holds now. */
  private filledA = -1;
  private filledB = -1;

  constructor(private readonly vectors: readonly SentenceVector[]) {
    let total = 0;
    for (const v of vectors) total += v.weights.size;
    this.start = new Int32Array(vectors.length + 1);
    this.terms = new Int32Array(total);
    this.weights = new Float64Array(total);
    const ids = new Map<string, number>();
    let k = 0;
    for (let i = 0; i < vectors.length; i++) {
      this.start[i] = k;
      for (const [t, w] of (vectors[i] as SentenceVector).weights) {
        let id = ids.get(t);
        if (id === undefined) ids.set(t, (id = ids.size));
        this.terms[k] = id;
        this.weights[k] = w;
        k++;
      }
    }
    this.start[vectors.length] = k;
    this.ownerA = new Int32Array(ids.size).fill(-1);
    this.valueA = new Float64Array(ids.size);
    this.ownerB = new Int32Array(ids.size).fill(-1);
    this.valueB = new Float64Array(ids.size);
  }

  /** `pairSimilarity(vectors[i], vectors[j])`. Fastest when calls for one `i` come together. */
  score(i: number, j: number): number {
    const { start, terms, weights } = this;
    const fromI = start[i] as number;
    const toI = start[i + 1] as number;
    const fromJ = start[j] as number;
    const toJ = start[j + 1] as number;
    let dot = 0;
    let shared = 0;
    if (toI - fromI <= toJ - fromJ) {
      // i is the smaller: its terms in order, j's weights looked up.
      const { ownerB, valueB } = this;
      if (this.filledB !== j) this.filledB = this.fill(ownerB, valueB, j);
      for (let k = fromI; k < toI; k++) {
        const t = terms[k] as number;
        if (ownerB[t] === j) {
          dot += (weights[k] as number) * (valueB[t] as number);
          shared++;
        }
      }
    } else {
      const { ownerA, valueA } = this;
      if (this.filledA !== i) this.filledA = this.fill(ownerA, valueA, i);
      for (let k = fromJ; k < toJ; k++) {
        const t = terms[k] as number;
        if (ownerA[t] === i) {
          dot += (weights[k] as number) * (valueA[t] as number);
          shared++;
        }
      }
    }
    return judgeOverlap(dot, shared, this.vectors[i] as SentenceVector, this.vectors[j] as SentenceVector);
  }

  /** Put vector `v`'s weights in the table, each under its term id. */
  private fill(owner: Int32Array, value: Float64Array, v: number): number {
    const { start, terms, weights } = this;
    for (let k = start[v] as number; k < (start[v + 1] as number); k++) {
      const t = terms[k] as number;
      owner[t] = v;
      value[t] = weights[k] as number;
    }
    return v;
  }
}
