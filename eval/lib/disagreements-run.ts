/**
 * One sample of the disagreement benchmark, scored in-process: the untouched clusters (how many
 * disagreements are reported there) and every planted value (is it reported, citing both sentences?).
 * Used by `npm run eval:disagreements` and by the quality gate test.
 */
import { normalizeOptions } from "../../src/config/options.js";
import type { Disagreement } from "../../src/model/disagreement.js";
import type { Doc } from "../../src/model/doc.js";
import { analyzeArticle } from "../../src/pipeline/analyze-article.js";
import { briefDocs } from "../../src/pipeline/brief-docs.js";
import { loadClusters, seededRandom, type Cluster } from "./disagreements-data.js";
import { findPerturbations, type PerturbType, type Perturbation } from "./disagreements-perturb.js";
import { findDetection, locateInCleaned } from "./disagreements-score.js";
import { clusterHalf, type Half } from "./disagreements-split.js";

export interface Tally { n: number; found: number; conflict: number }

export interface SeedResult {
  seed: number;
  clusters: Cluster[];
  candidates: number;
  run: number;
  lost: number;
  byType: Map<PerturbType, Tally>;
  bySimilarity: Map<string, Tally>;
  /** Outcome of each planted value, by a key that is the same in every sample that plants it. */
  outcomes: Map<string, boolean>;
  perCluster: number[];
  reported: Array<{ cluster: string; d: Disagreement; docs: Doc[] }>;
  misses: string[];
  rnd: () => number;
}

export interface RunSettings {
  /** Clusters per data set drawn by each seed (default 150). */
  clusters: number;
  /** Planted values run at most (default 400). */
  maxItems: number;
  /** Keep only the clusters of one half; the sample and its perturbations are drawn as without it. */
  half?: Half;
  /** Keep the text of each miss. */
  verbose?: boolean;
}

export const CLOSE = "close (Jaccard >= 0.35)";
export const LOOSE = "loose (0.2-0.35)";

const tally = (m: Map<string, Tally>, k: string, hit: Disagreement | undefined) => {
  const t = m.get(k) ?? { n: 0, found: 0, conflict: 0 };
  t.n++;
  if (hit) t.found++;
  if (hit?.severity === "conflict") t.conflict++;
  m.set(k, t);
};

/** Runs samples; analysed untouched clusters are shared between the seeds of one runner. */
export function createRunner(settings: RunSettings): (seed: number) => SeedResult {
  const options = normalizeOptions();
  const baseDocs = new Map<string, Doc[]>();
  const baseReported = new Map<string, Disagreement[]>();
  const analyzeCluster = (c: Cluster): Doc[] => {
    let docs = baseDocs.get(c.id);
    if (!docs) {
      docs = c.articles.map((a) => analyzeArticle({ id: a.id, path: `${a.id}.txt`, body: a.body }, options));
      baseDocs.set(c.id, docs);
      baseReported.set(c.id, briefDocs(docs, options).disagreements);
    }
    return docs;
  };
  const halfOf = new Map<string, Half>();
  const inHalf = (c: Cluster) => {
    if (!settings.half) return true;
    let h = halfOf.get(c.id);
    if (!h) halfOf.set(c.id, (h = clusterHalf(c)));
    return h === settings.half;
  };

  return (seed: number): SeedResult => {
    const drawn = loadClusters(settings.clusters, seed);
    const clusters = drawn.filter(inHalf);
    const kept = new Set(clusters.map((c) => c.id));
    const rnd = seededRandom(seed + 1);
    // 1. Untouched clusters: how many disagreements does Parallax report?
    const perCluster: number[] = [];
    const reported: SeedResult["reported"] = [];
    for (const c of clusters) {
      const docs = analyzeCluster(c);
      const ds = baseReported.get(c.id)!;
      perCluster.push(ds.length);
      for (const d of ds) reported.push({ cluster: c.id, d, docs });
    }
    // 2. Planted disagreements: drawn over the whole sample (so the two halves split one run), run on the half.
    const items: Perturbation[] = drawn.flatMap((c) => findPerturbations(c, rnd));
    const picked = items
      .map((p) => ({ p, r: rnd() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, settings.maxItems)
      .map(({ p }) => p)
      .filter((p) => kept.has(p.cluster));
    const byType = new Map<PerturbType, Tally>();
    const bySimilarity = new Map<string, Tally>();
    const outcomes = new Map<string, boolean>();
    let lost = 0;
    const misses: string[] = [];
    for (const p of picked) {
      const cluster = clusters.find((c) => c.id === p.cluster)!;
      const article = cluster.articles.find((a) => a.id === p.changed)!;
      const body = article.body.slice(0, p.changedAt) + p.replacement + article.body.slice(p.changedAt + p.original.length);
      const docs = analyzeCluster(cluster).map((d) =>
        d.article.id === p.changed ? analyzeArticle({ id: p.changed, path: `${p.changed}.txt`, body }, options) : d,
      );
      const keptDoc = docs.find((d) => d.article.id === p.kept)!;
      const changedDoc = docs.find((d) => d.article.id === p.changed)!;
      const keptRaw = cluster.articles.find((a) => a.id === p.kept)!.body;
      const keptAt = locateInCleaned(keptRaw, p.keptAt, p.original, keptDoc.article.text);
      const changedAt = locateInCleaned(body, p.changedAt, p.replacement, changedDoc.article.text);
      if (keptAt === undefined || changedAt === undefined) {
        lost++;
        continue;
      }
      const ds = briefDocs(docs, options).disagreements;
      const hit = findDetection(ds, { source: p.kept, offset: keptAt }, { source: p.changed, offset: changedAt });
      tally(bySimilarity, p.similarity >= 0.35 ? CLOSE : LOOSE, hit);
      tally(byType as Map<string, Tally>, p.type, hit);
      outcomes.set(`${p.cluster}|${p.type}|${p.original}|${p.changed}`, hit !== undefined);
      if (!hit && settings.verbose) {
        const sentence = (d: Doc, at: number) => {
          const s = d.sentences.find((x) => x.start <= at && at < x.end);
          return s ? d.article.text.slice(s.start, s.end) : "?";
        };
        misses.push(`- ${p.cluster} [${p.type}] ${p.original} -> ${p.replacement}\n    kept:    ${sentence(keptDoc, keptAt)}\n    changed: ${sentence(changedDoc, changedAt)}`);
      }
    }
    return { seed, clusters, candidates: items.filter((p) => kept.has(p.cluster)).length, run: picked.length, lost, byType, bySimilarity, outcomes, perCluster, reported, misses, rnd };
  };
}

/** Recall over every planted value and disagreements per untouched cluster, pooled over results. */
export function headline(results: readonly SeedResult[]): { planted: number; found: number; recall: number; alarmsPerCluster: number } {
  let planted = 0;
  let found = 0;
  for (const r of results) for (const t of r.byType.values()) {
    planted += t.n;
    found += t.found;
  }
  const clusters = results.reduce((n, r) => n + r.clusters.length, 0);
  const alarms = results.reduce((n, r) => n + r.perCluster.reduce((a, b) => a + b, 0), 0);
  return { planted, found, recall: planted ? found / planted : 0, alarmsPerCluster: clusters ? alarms / clusters : 0 };
}
