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
  const ids = new Map<string, number>();
  const counts: number[] = [];
  // A weight's 64 bits as four 16-bit characters: equal characters, the same double (printing the
  // number in decimal also names it exactly, but costs more than the rest of the key).
  const weight = new Float64Array(1);
  const bits = new Uint16Array(weight.buffer);
  vectors.forEach((v, i) => {
    let key = "";
    // Each term after its length (so no character of a term can be read as a separator), then its
    // weight's four characters; then the names, each after its length.
    for (const [t, w] of v.weights) {
      weight[0] = w;
      key += `${t.length}:${t}${String.fromCharCode(bits[0] as number, bits[1] as number, bits[2] as number, bits[3] as number)}`;
    }
    key += `/${v.weights.size}/`;
    for (const name of [...v.names].sort()) key += `${name.length}:${name}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = counts.length;
      ids.set(key, id);
      counts.push(0);
    }
    classOf[i] = id;
    counts[id] = (counts[id] ?? 0) + 1;
  });
  return { classOf, sizes: Int32Array.from(counts) };
}
