import type { SentenceVector } from "./sentence-vectors.js";
import { pairSimilarity } from "./pair-similarity.js";

export interface ScoredPair {
  readonly a: number;
  readonly b: number;
  readonly score: number;
}

/** How many of a sentence's most distinctive terms are used to find its candidates. */
const PROBE_TERMS = 8;
/** How many of a sentence's most distinctive terms it is indexed under. */
const INDEX_TERMS = 16;

/** Probe terms two sentences must share before they are compared in full. */
const MIN_SHARED_PROBES = 2;

/** How many later sentences one sentence is compared with through any one of its probe terms. */
const MAX_FANOUT = 64;

/** Index of the first entry of an ascending list greater than `x`. */
function firstAbove(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Pairs of sentences from different sources whose cosine reaches `threshold`, found through an
 * inverted index over each sentence's most distinctive terms rather than by comparing every pair:
 * two sentences that report the same fact share at least one of their rarer terms.
 */
export function findCandidatePairs(vectors: readonly SentenceVector[], threshold: number): ScoredPair[] {
  const postings = new Map<string, number[]>();
  const ranked: string[][] = vectors.map((v) =>
    [...v.weights.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, INDEX_TERMS)
      .map(([t]) => t),
  );
  // A sentence is indexed under its INDEX_TERMS most distinctive terms and looks for partners through
  // its PROBE_TERMS most distinctive ones: a long sentence's top terms need not be its partner's top.
  const probes = ranked.map((terms) => terms.slice(0, PROBE_TERMS));
  ranked.forEach((terms, i) => {
    for (const t of terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const pairs: ScoredPair[] = [];
  // Shared-probe counts per later sentence, reset through `touched` (a typed array, not a map per sentence).
  const hits = new Int32Array(vectors.length);
  const touched: number[] = [];
  for (let i = 0; i < vectors.length; i++) {
    const vi = vectors[i];
    if (!vi) continue;
    for (const t of probes[i] ?? []) {
      const list = postings.get(t) ?? [];
      // Lists hold sentence numbers in ascending order: start after i, and look at most MAX_FANOUT
      // further. A term shared by thousands of sentences then costs a window, not a square; a fact
      // that many sources report still comes together, through chains of overlapping windows.
      const from = firstAbove(list, i);
      const to = Math.min(list.length, from + MAX_FANOUT);
      for (let k = from; k < to; k++) {
        const j = list[k] as number;
        if (hits[j] === 0) touched.push(j);
        hits[j] = hits[j]! + 1;
      }
    }
    for (const j of touched) {
      const shared = hits[j]!;
      hits[j] = 0;
      // Two reports of one fact share at least two of their most distinctive terms; one shared rare
      // word ("bridge") is a topic, not a fact, and the full comparison is the expensive part.
      if (shared < MIN_SHARED_PROBES) continue;
      const vj = vectors[j];
      if (!vj || vj.doc === vi.doc) continue;
      const score = pairSimilarity(vi, vj);
      if (score >= threshold) pairs.push({ a: i, b: j, score });
    }
    touched.length = 0;
  }
  return pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
