/** How stories are formed from the stream. Defaults measured with `npm run eval:clustering`. */
export interface ClusterOptions {
  /** An article joins the best story when its similarity reaches this; otherwise it starts a new one. */
  joinThreshold: number;
  /**
   * When a batch is settled, an article also moves to its best story from this lower similarity
   * when that story is a clear winner: it scores at least `clearJoinRatio` times the runner-up
   * (its own story, scored without it, included; 1 or less: off).
   */
  clearJoinThreshold: number;
  clearJoinRatio: number;
  /** Two stories this similar (by `mergeLink`) are one story and are merged. */
  mergeThreshold: number;
  /** Weights of content terms, entities and values in the similarity (they sum to 1). */
  termWeight: number;
  entityWeight: number;
  valueWeight: number;
  /** The best single member counts at this share of its similarity (0: centroid only). */
  memberWeight: number;
  /** Days before a story's first or after its last article within which a dated article may join it. */
  windowDays: number;
  /** How two stories are compared for a merge: their centroids, or the mean of their articles' pairwise similarities. */
  mergeLink: "centroid" | "average";
  /** Passes over a batch's articles after ingest that move an article to a story it fits better (0: none). */
  reassignPasses: number;
  /** How much better (in similarity) the other story must fit for a move. */
  reassignMargin: number;
  /**
   * After settling, a story is split in two when its two halves match each other (average link)
   * below this share of the tighter half's own average link, and below `mergeThreshold` (0: never).
   */
  splitRatio: number;
  /** Estimated shingle Jaccard from which an article is a syndicated copy of a stored one. */
  copyJaccard: number;
}

export const DEFAULT_CLUSTER_OPTIONS: Readonly<ClusterOptions> = Object.freeze({
  joinThreshold: 0.25,
  clearJoinThreshold: 0.15,
  clearJoinRatio: 1.5,
  mergeThreshold: 0.3,
  termWeight: 0.8,
  entityWeight: 0.1,
  valueWeight: 0.1,
  memberWeight: 0,
  windowDays: 7,
  copyJaccard: 0.8,
  mergeLink: "average",
  reassignPasses: 2,
  reassignMargin: 0,
  splitRatio: 0.7,
});
