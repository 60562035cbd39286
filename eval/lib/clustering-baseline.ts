/**
 * The plain baseline: single-pass clustering on TF-IDF of lower-cased words of three letters or more
 * (a plain bag of words, no lemmas or parts of speech), cosine to each cluster's centroid, join above
 * a threshold. The same online idf as Parallax; no entities, values, dates or merging.
 */
export class TfidfSinglePass {
  private readonly df = new Map<string, number>();
  private docs = 0;
  private readonly centroids: Array<Map<string, number>> = [];
  private readonly norms: number[] = [];
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
    let best = -1;
    let bestScore = 0;
    this.centroids.forEach((c, i) => {
      let dot = 0;
      for (const [k, w] of vec) dot += w * (c.get(k) ?? 0);
      const score = dot / (this.norms[i] || 1);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    for (const k of tf.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    this.docs++;
    if (best < 0 || bestScore < this.threshold) {
      this.centroids.push(new Map(vec));
      this.norms.push(1);
      return this.centroids.length - 1;
    }
    const c = this.centroids[best] as Map<string, number>;
    for (const [k, w] of vec) c.set(k, (c.get(k) ?? 0) + w);
    let cs = 0;
    for (const w of c.values()) cs += w * w;
    this.norms[best] = Math.sqrt(cs);
    return best;
  }
}
