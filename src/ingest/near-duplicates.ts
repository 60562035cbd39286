import type { RawArticle } from "../model/article.js";

/** Two articles are copies when their shingle sets overlap at least this much (Jaccard)... */
const JACCARD_MIN = 0.6;
/** ...or when this share of the shorter one's shingles appear in the longer (a trimmed copy). */
const CONTAINMENT_MIN = 0.8;
/** Below this many shingles an article is too short to call a copy of anything. */
const MIN_SHINGLES = 20;
const SHINGLE_WORDS = 5;
const BANDS = 32;
const ROWS = 4;

/** One collapse: `kept` stands for `dropped`, which read the same (scores for the record). */
export interface Collapse {
  kept: string;
  dropped: string;
  jaccard: number;
  containment: number;
}

/** What `collapseNearDuplicates` returns: the articles left, in input order, and what it merged. */
export interface CollapsedArticles {
  articles: RawArticle[];
  collapsed: Collapse[];
}

/** A word, for shingles: a run of letters and digits (`[\p{L}\p{N}]+`, read one code point at a time). */
const WORD_CODE_POINT = /^[\p{L}\p{N}]$/u;
/** Which ASCII characters are word characters (1) or not (0): most of an English text. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (WORD_CODE_POINT.test(String.fromCharCode(c)) ? 1 : 0));
/** Whether each non-ASCII code point met so far is a word character (a text uses few of them). */
const WIDE_WORD = new Map<number, boolean>();

function isWideWord(codePoint: number): boolean {
  let word = WIDE_WORD.get(codePoint);
  if (word === undefined) WIDE_WORD.set(codePoint, (word = WORD_CODE_POINT.test(String.fromCodePoint(codePoint))));
  return word;
}

/**
 * Hashed word 5-gram shingles of a text, lower-cased, punctuation ignored (so house styles don't matter).
 * Each shingle is the FNV-1a 32-bit hash of its words joined by spaces, hashed in place from the
 * lower-cased text (no word or shingle strings are built), and kept as a signed 32-bit integer (a
 * small integer to V8, so the set holds no boxed numbers; the same bits as the unsigned hash).
 * Words are found by a scan of character codes, not a regular expression: a match object and a string
 * per word were most of the shingling of a big batch.
 */
export function shingleText(text: string): Set<number> {
  const lower = text.toLowerCase();
  const starts: number[] = [];
  const ends: number[] = [];
  const n = lower.length;
  let start = -1;
  for (let i = 0; i < n; ) {
    const code = lower.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (code < 128) word = ASCII_WORD[code] === 1;
    else {
      const point = lower.codePointAt(i) as number;
      if (point > 0xffff) width = 2;
      word = isWideWord(point);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(n);
  }
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= starts.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE_WORDS; k++) {
      if (k > i) h = Math.imul(h ^ 32, 0x01000193);
      const end = ends[k] as number;
      for (let c = starts[k] as number; c < end; c++) h = Math.imul(h ^ lower.charCodeAt(c), 0x01000193);
    }
    out.add(h | 0);
  }
  return out;
}

/** The per-function seeds of `minHash`. */
const MIN_HASH_SEEDS = Int32Array.from({ length: BANDS * ROWS }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
/** Flips the sign bit: unsigned 32-bit order becomes signed order, so minima stay small integers. */
const SIGN = 0x80000000 | 0;

/**
 * MinHash signature: for each of BANDS*ROWS seeded hash functions, the minimum over the shingles
 * (each minimum with its sign bit flipped, see SIGN). One function at a time over the shingles as a
 * typed array, so the running minimum stays in a register.
 */
function minHash(shingles: Int32Array): Int32Array {
  const n = BANDS * ROWS;
  const sig = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const seed = MIN_HASH_SEEDS[i] as number;
    let min = 0xffffffff ^ SIGN;
    for (let k = 0; k < shingles.length; k++) {
      // a cheap universal-style rehash per function: multiply-xorshift with a per-function seed
      let x = (shingles[k] as number) ^ seed;
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
      x = x ^ (x >>> 16) ^ SIGN;
      if (x < min) min = x;
    }
    sig[i] = min;
  }
  return sig;
}

/** Exact Jaccard and containment (overlap over the smaller set) of two shingle sets. */
export function compareShingles(a: Set<number>, b: Set<number>): { jaccard: number; containment: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (large.has(x)) inter++;
  const union = a.size + b.size - inter;
  return { jaccard: union ? inter / union : 0, containment: small.size ? inter / small.size : 0 };
}

/** Up to this many articles, every pair is compared exactly; above it, MinHash LSH finds the candidates. */
export const EVERY_PAIR_UP_TO = 24;

/**
 * Groups of articles (indices, ascending) whose every pair is to be compared exactly. A small batch
 * is one group: its ~N^2/2 exact comparisons cost less than the MinHash signatures (128 hashes per
 * shingle), and no pair is left to chance (LSH rarely proposes a trimmed copy a quarter as long as
 * its original, whose Jaccard is low though its containment is whole). A large batch gets one group
 * per LSH bucket: the articles that share all ROWS minimum hashes of a band.
 */
function candidateGroups(long: readonly number[], shingles: readonly Set<number>[]): Iterable<number[]> {
  if (long.length <= EVERY_PAIR_UP_TO) return [[...long]];
  const buckets = new Map<string, number[]>();
  const codes = new Array<number>(1 + 2 * ROWS);
  for (const i of long) {
    const sig = minHash(Int32Array.from(shingles[i] as Set<number>));
    for (let b = 0; b < BANDS; b++) {
      // The band and its ROWS minima as 16-bit halves: one short string per band, equal exactly when they are.
      codes[0] = b;
      for (let r = 0; r < ROWS; r++) {
        const m = sig[b * ROWS + r] as number;
        codes[1 + 2 * r] = m & 0xffff;
        codes[2 + 2 * r] = m >>> 16;
      }
      const key = String.fromCharCode(...codes);
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  }
  return buckets.values();
}

/**
 * Collapse syndicated copies (the same wire story on several sites) into one source whose
 * `alsoCarriedBy` lists the others' URLs or paths, so a copied fact does not count as independent
 * support. Candidates are every pair of a small batch, or from MinHash LSH over word 5-gram shingles
 * in a large one; each pair is then confirmed on the exact shingle sets (Jaccard >= 0.6, or >= 0.8 of the shorter copy inside the longer).
 * The longest copy of each group is kept (the most complete text); order is otherwise preserved.
 * @example const { articles } = collapseNearDuplicates(loaded.articles);
 */
export function collapseNearDuplicates(articles: readonly RawArticle[]): CollapsedArticles {
  const shingles = articles.map((a) => shingleText(a.body));
  const long = articles.map((_, i) => i).filter((i) => (shingles[i]?.size ?? 0) >= MIN_SHINGLES);
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  // A pair (i < j) is known by the number i * n + j.
  const n = articles.length;
  const scores = new Map<number, { jaccard: number; containment: number }>();
  const checked = new Set<number>();
  for (const list of candidateGroups(long, shingles)) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] as number;
        const j = list[y] as number;
        const key = i * n + j;
        if (checked.has(key)) continue;
        checked.add(key);
        const s = compareShingles(shingles[i] as Set<number>, shingles[j] as Set<number>);
        if (s.jaccard >= JACCARD_MIN || s.containment >= CONTAINMENT_MIN) {
          scores.set(key, s);
          const [ri, rj] = [find(i), find(j)];
          if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const r = find(i);
    const members = groups.get(r);
    if (members) members.push(i);
    else groups.set(r, [i]);
  });
  const keep = new Map<number, RawArticle>();
  const collapsed: Collapse[] = [];
  for (const members of groups.values()) {
    const best = members.reduce((a, b) => ((articles[b]?.body.length ?? 0) > (articles[a]?.body.length ?? 0) ? b : a));
    const kept = articles[best] as RawArticle;
    const others = members.filter((m) => m !== best);
    if (others.length === 0) {
      keep.set(best, kept);
      continue;
    }
    const carriers = others.map((m) => articles[m] as RawArticle).map((a) => a.url ?? a.path);
    keep.set(best, { ...kept, alsoCarriedBy: [...new Set([...(kept.alsoCarriedBy ?? []), ...carriers])] });
    for (const m of others) {
      const key = best < m ? best * n + m : m * n + best;
      const s = scores.get(key) ?? compareShingles(shingles[best] as Set<number>, shingles[m] as Set<number>);
      collapsed.push({ kept: kept.id, dropped: (articles[m] as RawArticle).id, ...s });
    }
  }
  return { articles: [...keep.keys()].sort((a, b) => a - b).map((i) => keep.get(i) as RawArticle), collapsed };
}
