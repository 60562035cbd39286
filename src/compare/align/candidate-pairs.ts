import { type PairList, PairListBuilder } from "./pair-list.js";
import { PairScoreMemo } from "./pair-score-memo.js";
import type { SentenceVector } from "./sentence-vectors.js";
import { classifyVectors } from "./vector-classes.js";

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

/** Sort the first `n` numbers of `list` ascending, in place (an insertion sort: n is a few dozen). */
function sortAscending(list: Int32Array, n: number): void {
  for (let k = 1; k < n; k++) {
    const x = list[k] as number;
    let at = k - 1;
    while (at >= 0 && (list[at] as number) > x) {
      list[at + 1] = list[at] as number;
      at--;
    }
    list[at + 1] = x;
  }
}

/** Scratch for `topTerms`: a vector's terms and weights, and their order. */
const scratchTerms: string[] = [];
let scratchWeights = new Float64Array(64);
const order: number[] = [];
const byWeight = (x: number, y: number): number =>
  (scratchWeights[y] as number) - (scratchWeights[x] as number) || ((scratchTerms[x] as string) < (scratchTerms[y] as string) ? -1 : 1);

/**
 * A vector's `n` heaviest terms, heaviest first, ties by term (the order is total: a vector's terms
 * differ), sorted as positions into scratch arrays rather than as an array of entries per vector.
 */
function topTerms(weights: ReadonlyMap<string, number>, n: number): string[] {
  if (scratchWeights.length < weights.size) scratchWeights = new Float64Array(weights.size * 2);
  scratchTerms.length = 0;
  order.length = 0;
  for (const [t, w] of weights) {
    scratchWeights[scratchTerms.length] = w;
    order.push(scratchTerms.length);
    scratchTerms.push(t);
  }
  order.sort(byWeight);
  const top = new Array<string>(Math.min(n, order.length));
  for (let k = 0; k < top.length; k++) top[k] = scratchTerms[order[k] as number] as string;
  return top;
}

/**
 * Pairs of sentences from different sources whose cosine reaches `threshold`, found through an
 * inverted index over each sentence's most distinctive terms rather than by comparing every pair:
 * two sentences that report the same fact share at least one of their rarer terms. The pairs come
 * strongest first; pairs of equal score by their first sentence, then their second.
 */
export function findCandidatePairs(vectors: readonly SentenceVector[], threshold: number): PairList {
  const classes = classifyVectors(vectors);
  const { classOf } = classes;
  // Identical vectors rank their terms alike: each class's terms are ranked once, by its first vector.
  const rankedOf: string[][] = [];
  vectors.forEach((v, i) => {
    const c = classOf[i] as number;
    if (!rankedOf[c]) rankedOf[c] = topTerms(v.weights, INDEX_TERMS);
  });
  // A sentence is indexed under its INDEX_TERMS most distinctive terms and looks for partners through
  // its PROBE_TERMS most distinctive ones: a long sentence's top terms need not be its partner's top.
  const probesOf = rankedOf.map((terms) => terms.slice(0, PROBE_TERMS));
  const postings = new Map<string, number[]>();
  for (let i = 0; i < vectors.length; i++) {
    for (const t of rankedOf[classOf[i] as number] ?? []) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  }
  const pairs = new PairListBuilder();
  const memo = new PairScoreMemo(vectors, classes);
  const docOf = Int32Array.from(vectors, (v) => v.doc);
  // Shared-probe counts per later sentence, reset through `touched` (a typed array, not a map per sentence).
  const hits = new Int32Array(vectors.length);
  const touched = new Int32Array(PROBE_TERMS * MAX_FANOUT);
  // A sentence's partners above the threshold, put in ascending order before they are listed, and
  // their score ids by partner.
  const partners = new Int32Array(PROBE_TERMS * MAX_FANOUT);
  const scoreIdOf = new Int32Array(vectors.length);
  const { scores } = memo;
  for (let i = 0; i < vectors.length; i++) {
    let nTouched = 0;
    for (const t of probesOf[classOf[i] as number] ?? []) {
      const list = postings.get(t) ?? [];
      // Lists hold sentence numbers in ascending order: start after i, and look at most MAX_FANOUT
      // further. A term shared by thousands of sentences then costs a window, not a square; a fact
      // that many sources report still comes together, through chains of overlapping windows.
      const from = firstAbove(list, i);
      const to = Math.min(list.length, from + MAX_FANOUT);
      for (let k = from; k < to; k++) {
        const j = list[k] as number;
        if (hits[j] === 0) touched[nTouched++] = j;
        hits[j] = hits[j]! + 1;
      }
    }
    let nPartners = 0;
    const doc = docOf[i];
    for (let k = 0; k < nTouched; k++) {
      const j = touched[k] as number;
      const shared = hits[j]!;
      hits[j] = 0;
      // Two reports of one fact share at least two of their most distinctive terms; one shared rare
      // word ("bridge") is a topic, not a fact, and the full comparison is the expensive part.
      if (shared < MIN_SHARED_PROBES || docOf[j] === doc) continue;
      const id = memo.scoreId(i, j);
      if ((scores[id] as number) >= threshold) {
        partners[nPartners++] = j;
        scoreIdOf[j] = id;
      }
    }
    sortAscending(partners, nPartners);
    for (let k = 0; k < nPartners; k++) {
      const j = partners[k] as number;
      pairs.push(i, j, scoreIdOf[j] as number);
    }
  }
  return pairs.sorted(scores);
}
