/**
 * Scored pairs of sentences as columns (typed arrays), not an object per pair: one story's 2,000
 * articles give ~3.7 million pairs, and as objects they cost more to allocate, collect and sort than
 * to find.
 */
export interface PairList {
  readonly length: number;
  /** The earlier sentence of each pair (vector index). */
  readonly a: Int32Array;
  /** The later sentence of each pair. */
  readonly b: Int32Array;
  readonly score: Float64Array;
}

/**
 * Pairs pushed with the id of their score (pairs of one score id share the score; see
 * `PairScoreMemo`), then sorted. Its capacity doubles as pairs are pushed.
 */
export class PairListBuilder {
  length = 0;
  private a: Int32Array = new Int32Array(1024);
  private b: Int32Array = new Int32Array(1024);
  private scoreId: Int32Array = new Int32Array(1024);

  push(a: number, b: number, scoreId: number): void {
    if (this.length === this.a.length) {
      const grow = (from: Int32Array): Int32Array => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.a = grow(this.a);
      this.b = grow(this.b);
      this.scoreId = grow(this.scoreId);
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.scoreId[this.length] = scoreId;
    this.length++;
  }

  /**
   * The pairs by score, highest first; pairs of equal score in the order they were pushed (a stable
   * sort). `scores[id]` is the score of id `id`. The ids are sorted (there are as many as pairs were
   * scored, a few thousand in a story that repeats its sentences), then the pairs counted into place
   * by their id's rank: linear in the pairs, where a comparison sort of millions of pairs was the
   * stage's biggest cost.
   * @example builder.sorted([0.5, 0.9]).score // [0.9, 0.9, 0.5, ...]
   */
  sorted(scores: ArrayLike<number>): PairList {
    const n = this.length;
    const ids = new Int32Array(scores.length);
    for (let id = 0; id < ids.length; id++) ids[id] = id;
    ids.sort((x, y) => (scores[y] as number) - (scores[x] as number));
    // Equal scores share a rank, so their pairs keep the order they were pushed in.
    const rankOf = new Int32Array(scores.length);
    let rank = -1;
    let last = Number.NaN;
    for (const id of ids) {
      const s = scores[id] as number;
      if (s !== last) rank++;
      last = s;
      rankOf[id] = rank;
    }
    const starts = new Int32Array(rank + 2);
    for (let k = 0; k < n; k++) starts[(rankOf[this.scoreId[k] as number] as number) + 1]!++;
    for (let r = 1; r < starts.length; r++) starts[r] = (starts[r] as number) + (starts[r - 1] as number);
    const a = new Int32Array(n);
    const b = new Int32Array(n);
    const score = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const id = this.scoreId[k] as number;
      const at = starts[rankOf[id] as number]!++;
      a[at] = this.a[k] as number;
      b[at] = this.b[k] as number;
      score[at] = scores[id] as number;
    }
    return { length: n, a, b, score };
  }
}
