/**
 * The plain baseline: single-pass clustering on TF-IDF of lower-cased words of three letters or more
 * (a plain bag of words, no lemmas or parts of speech), cosine to each cluster's centroid, join above
 * a threshold. The same online idf as Parallax; no entities, values, dates or merging. Exact: the
 * dot products with every centroid come from an inverted index, not from a candidate shortlist.
 */
export class TfidfSinglePass {
  private readonly df = new Map<string, number>();
  private docs = 0;
  /** term -> cluster -> summed weight: the centroids, stored by term. */
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly sq: number[] = [];
  constructor(private readonly threshold: number) {}

  private idf(k: string): number {
    return Math.log(1 + (this.docs + 1) / ((this.df.get(k) ?? 0) + 1));
  }

  /** Cluster index for the next document (and add it). */
  add(text: string): number {
    const tf = new Map<string, number>();
    for (const w of text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []) if (w.length > 2) tf.set(w, (tf.get(w) ?? 0) + 1);
    const vec = new Map<string, number>();
    let sq = 0;
    for (const [k, c] of tf) {
      const w = (1 + Math.log(c)) * this.idf(k);
      vec.set(k, w);
      sq += w * w;
    }
    const norm = Math.sqrt(sq) || 1;
    for (const [k, w] of vec) vec.set(k, w / norm);
    const dots = new Map<number, number>();
    for (const [k, w] of vec) for (const [c, cw] of this.postings.get(k) ?? []) dots.set(c, (dots.get(c) ?? 0) + w * cw);
    let best = -1;
    let bestScore = 0;
    for (const [c, dot] of dots) {
      const score = dot / (Math.sqrt(this.sq[c] ?? 1) || 1);
      if (score > bestScore || (score === bestScore && c < best)) {
        bestScore = score;
        best = c;
      }
    }
    for (const k of tf.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    this.docs++;
    const cluster = best < 0 || bestScore < this.threshold ? this.sq.length : best;
    if (cluster === this.sq.length) this.sq.push(0);
    // Update the centroid's squared norm incrementally: |c + v|^2 = |c|^2 + 2 c.v + |v|^2.
    this.sq[cluster] = (this.sq[cluster] ?? 0) + 2 * (dots.get(cluster) ?? 0) * (cluster === best ? 1 : 0) + 1;
    for (const [k, w] of vec) {
      let p = this.postings.get(k);
      if (!p) this.postings.set(k, (p = new Map()));
      p.set(cluster, (p.get(cluster) ?? 0) + w);
    }
    return cluster;
  }
}
