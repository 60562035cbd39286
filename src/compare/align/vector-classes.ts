import type { SentenceVector } from "./sentence-vectors.js";

/** Sentence vectors sorted into classes of identical vectors (see `classifyVectors`). */
export interface VectorClasses {
  /** vector index -> its class (0, 1, 2, ... in order of first appearance). */
  readonly classOf: Int32Array;
  /** class -> how many vectors it holds. */
  readonly sizes: Int32Array;
}

/**
 * Class the vectors so that two vectors share a class exactly when everything `pairSimilarity`
 * reads of them is the same: the same terms in the same order with the same weights (the order
 * fixes the order of the dot product's additions, so the same floating-point sum), and the same
 * names. A big story's outlets repeat its sentences word for word (500 copies of each in one story's
 * 2,000 articles), so a pair of classes is scored once instead of once per pair of copies.
 * @example classifyVectors(vectors).classOf[i] === classifyVectors(vectors).classOf[j] // i and j read alike
 */
export function classifyVectors(vectors: readonly SentenceVector[]): VectorClasses {
  const classOf = new Int32Array(vectors.length);
  const counts: number[] = [];
  /** class -> the first vector of it. */
  const firsts: number[] = [];
  /** A hash of what a vector's class depends on -> the classes with that hash. */
  const byHash = new Map<number, number[]>();
  const termIds = new Map<string, number>();
  // A weight's 64 bits, read as two 32-bit halves for the hash.
  const weight = new Float64Array(1);
  const halves = new Uint32Array(weight.buffer);
  vectors.forEach((v, i) => {
    let h = v.weights.size;
    for (const [t, w] of v.weights) {
      let id = termIds.get(t);
      if (id === undefined) termIds.set(t, (id = termIds.size));
      weight[0] = w;
      h = Math.imul(h ^ id, 0x9e3779b1) ^ Math.imul(halves[0] as number, 0x85ebca6b) ^ (halves[1] as number);
      h = (h << 13) | (h >>> 19);
    }
    // Names in any order: their hash is a sum.
    let names = 0;
    for (const n of v.names) names += termIds.get(n) ?? n.length;
    h = Math.imul(h ^ names, 0xc2b2ae35) ^ v.names.size;
    let bucket = byHash.get(h);
    if (!bucket) byHash.set(h, (bucket = []));
    let found = -1;
    for (const c of bucket) {
      if (readAlike(vectors[firsts[c] as number] as SentenceVector, v)) {
        found = c;
        break;
      }
    }
    if (found < 0) {
      found = counts.length;
      bucket.push(found);
      counts.push(0);
      firsts.push(i);
    }
    classOf[i] = found;
    counts[found] = (counts[found] ?? 0) + 1;
  });
  return { classOf, sizes: Int32Array.from(counts) };
}

/** The same terms in the same order with the same weights (the very same doubles), and the same names. */
function readAlike(a: SentenceVector, b: SentenceVector): boolean {
  if (a.weights.size !== b.weights.size || a.names.size !== b.names.size) return false;
  const other = b.weights.entries();
  for (const [t, w] of a.weights) {
    const next = other.next().value;
    if (!next || next[0] !== t || !Object.is(next[1], w)) return false;
  }
  for (const n of a.names) if (!b.names.has(n)) return false;
  return true;
}
