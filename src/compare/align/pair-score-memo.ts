import { PairScorer } from "./pair-scorer.js";
import type { SentenceVector } from "./sentence-vectors.js";
import type { VectorClasses } from "./vector-classes.js";

/** Largest table of repeated classes x repeated classes kept dense (4 M cells, 16 MB). */
const DENSE_CELLS = 1 << 22;

/**
 * `pairSimilarity` of two vectors, each pair of classes of identical vectors scored once: a big
 * story's outlets repeat its sentences word for word, and its ~500 copies of each sentence meet the
 * copies of another one thousands of times. A pair of vectors that occur once each cannot repeat
 * and is scored directly. Each score computed gets an id (`scores[id]` is the score), so the pairs
 * can be sorted by the few scores rather than one by one.
 * @example const memo = new PairScoreMemo(vectors, classifyVectors(vectors));
 * memo.scores[memo.scoreId(i, j)] === pairSimilarity(vectors[i], vectors[j]) // always in that order
 */
export class PairScoreMemo {
  /** id -> score. */
  readonly scores: number[] = [];
  private readonly classOf: Int32Array;
  /** class -> its place among the classes of more than one vector, or -1 for a single vector. */
  private readonly repeated: Int32Array;
  /** repeated x repeated classes -> score id, -1 until scored; empty when too many classes repeat. */
  private readonly dense: Int32Array;
  private readonly repeats: number;
  /** Score ids of a class's pairs not in the dense table, by the other class. */
  private readonly rows: Array<Map<number, number> | undefined> = [];
  /** Scores pairs as `pairSimilarity` does, from flat columns of the vectors. */
  private readonly scorer: PairScorer;

  /** `classes`: the vectors' classes, as `classifyVectors(vectors)` gives them. */
  constructor(
    vectors: readonly SentenceVector[],
    { classOf, sizes }: VectorClasses,
  ) {
    this.classOf = classOf;
    this.scorer = new PairScorer(vectors);
    this.repeated = new Int32Array(sizes.length).fill(-1);
    let repeats = 0;
    sizes.forEach((size, c) => {
      if (size > 1) this.repeated[c] = repeats++;
    });
    this.repeats = repeats;
    this.dense = repeats * repeats <= DENSE_CELLS ? new Int32Array(repeats * repeats).fill(-1) : new Int32Array(0);
  }

  /** The id of `pairSimilarity(vectors[i], vectors[j])` (the sum's order follows the first vector on ties of size). */
  scoreId(i: number, j: number): number {
    const ci = this.classOf[i] as number;
    const cj = this.classOf[j] as number;
    const ri = this.repeated[ci] as number;
    const rj = this.repeated[cj] as number;
    if (ri < 0 && rj < 0) return this.score(i, j);
    if (ri >= 0 && rj >= 0 && this.dense.length > 0) {
      const cell = ri * this.repeats + rj;
      const known = this.dense[cell] as number;
      if (known >= 0) return known;
      const id = this.score(i, j);
      this.dense[cell] = id;
      return id;
    }
    let row = this.rows[ci];
    if (!row) this.rows[ci] = row = new Map();
    const known = row.get(cj);
    if (known !== undefined) return known;
    const id = this.score(i, j);
    row.set(cj, id);
    return id;
  }

  private score(i: number, j: number): number {
    this.scores.push(this.scorer.score(i, j));
    return this.scores.length - 1;
  }
}
