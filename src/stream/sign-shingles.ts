/** Words per shingle: five-word runs survive a changed headline or byline but not a rewrite. */
const SHINGLE_WORDS = 5;
/** Hash functions in a signature: near a Jaccard of 0.9 the estimate is within about 0.04 (sqrt(0.9 * 0.1 / 64)). */
const SIGNATURE_SIZE = 64;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Fixed odd multipliers and offsets for the hash family (deterministic across runs and machines). */
const SEEDS: ReadonlyArray<readonly [number, number]> = Array.from({ length: SIGNATURE_SIZE }, (_, i) => [
  (fnv1a(`a${i}`) | 1) >>> 0,
  fnv1a(`b${i}`),
]);

/**
 * MinHash signature of the text's word shingles, for near-duplicate (syndicated copy) detection.
 * @example estimateJaccard(signShingles(a), signShingles(b)) > 0.8 // a and b are near-identical
 */
export function signShingles(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<number>();
  if (words.length < SHINGLE_WORDS) shingles.add(fnv1a(words.join(" ")));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const [a, b] = SEEDS[k] as readonly [number, number];
      // A bijection of 32-bit words (odd multiplier, offset) followed by a finalizer that mixes high bits down.
      let v = (Math.imul(h, a) + b) >>> 0;
      v = Math.imul(v ^ (v >>> 16), 0x45d9f3b) >>> 0;
      v = (v ^ (v >>> 16)) >>> 0;
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  return sig;
}

/** Share of equal positions in two signatures: an estimate of the shingle sets' Jaccard similarity. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
