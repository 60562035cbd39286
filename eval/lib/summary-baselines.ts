/**
 * Baselines for the summary eval, over the same cleaned, segmented sentences Parallax sees (so the
 * comparison is about choosing sentences, not about cleaning).
 */

/** One article as a list of sentence texts, in order. */
export type SentenceLists = ReadonlyArray<readonly string[]>;

/** Lead: the first sentence of each article in turn, then the second of each, and so on (round robin). */
export function leadBaseline(articles: SentenceLists): string[] {
  const out: string[] = [];
  const longest = Math.max(0, ...articles.map((a) => a.length));
  for (let i = 0; i < longest; i++) for (const a of articles) if (a[i] !== undefined) out.push(a[i] as string);
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set(
  "a an the and or but of to in on at for with by from as is was were be been are am it its this that these those he she they we you i his her their our your him them us not no so if than then there here has have had do does did will would can could should may might must shall said says".split(
    " ",
  ),
);

function bagOf(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of text.toLowerCase().match(WORD) ?? []) if (!STOP.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/**
 * LexRank (Erkan & Radev 2004), continuous variant: TF-IDF cosine between all sentences of the
 * cluster as edge weights, PageRank by power iteration (damping 0.85), sentences in rank order,
 * skipping one that repeats an already chosen sentence (cosine > 0.5).
 */
export function lexRankBaseline(articles: SentenceLists): string[] {
  const sentences = articles.flat();
  const n = sentences.length;
  if (n === 0) return [];
  const bags = sentences.map(bagOf);
  const df = new Map<string, number>();
  for (const b of bags) for (const t of b.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vecs = bags.map((b) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, tf] of b) {
      const w = tf * Math.log(n / (df.get(t) ?? 1) + 1);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  const cos = (a: Map<string, number>, b: Map<string, number>) => {
    let d = 0;
    for (const [t, w] of a) d += w * (b.get(t) ?? 0);
    return d;
  };
  const sim: Float64Array[] = vecs.map((a) => Float64Array.from(vecs, (b) => cos(a, b)));
  const rowSum = sim.map((row) => row.reduce((s, x) => s + x, 0) || 1);
  let rank = new Float64Array(n).fill(1 / n);
  for (let iter = 0; iter < 100; iter++) {
    const next = new Float64Array(n).fill(0.15 / n);
    for (let i = 0; i < n; i++) {
      const row = sim[i] as Float64Array;
      const share = ((rank[i] ?? 0) * 0.85) / (rowSum[i] ?? 1);
      for (let j = 0; j < n; j++) next[j] = (next[j] ?? 0) + share * (row[j] ?? 0);
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs((next[i] ?? 0) - (rank[i] ?? 0));
    rank = next;
    if (delta < 1e-6) break;
  }
  const order = [...sentences.keys()].sort((a, b) => (rank[b] ?? 0) - (rank[a] ?? 0) || a - b);
  const chosen: number[] = [];
  for (const i of order) {
    if (chosen.some((j) => (sim[i]?.[j] ?? 0) > 0.5)) continue;
    chosen.push(i);
  }
  return chosen.map((i) => sentences[i] as string);
}
