/**
 * `npm run eval:disagreements`: recall of planted disagreements, and how many Parallax reports on
 * untouched clusters.
 *
 * The benchmark is built by controlled perturbation of validation clusters from
 * ../shared/data/summarization (Multi-News and NeuS/AllSides): where two articles of a cluster report
 * the same value in matching sentences, the value is changed in one of them (a number, a year, a
 * month, an amount, a percentage), and the full pipeline must report a disagreement citing both.
 * Options: --clusters N (per data set, default 150; 250 takes all of Multi-News), --seed S (default 7), --sample K (default 12),
 * --max-items M (default 400), --verbose (print misses).
 */
import { normalizeOptions } from "../src/config/options.js";
import type { Disagreement } from "../src/model/disagreement.js";
import type { Doc } from "../src/model/doc.js";
import { analyzeArticle } from "../src/pipeline/analyze-article.js";
import { briefDocs } from "../src/pipeline/brief-docs.js";
import { loadClusters, seededRandom, type Cluster } from "./lib/disagreements-data.js";
import { findPerturbations, type PerturbType, type Perturbation } from "./lib/disagreements-perturb.js";
import { findDetection, locateInCleaned } from "./lib/disagreements-score.js";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const CLUSTERS = arg("clusters", 150);
const SEED = arg("seed", 7);
const SAMPLE = arg("sample", 12);
const MAX_ITEMS = arg("max-items", 400);
const VERBOSE = process.argv.includes("--verbose");
/** Print every disagreement reported on the untouched clusters, in cluster order (to compare two runs). */
const ALL_REPORTED = process.argv.includes("--all-reported");

const options = normalizeOptions();
const started = Date.now();
const clusters = loadClusters(CLUSTERS, SEED);
const rnd = seededRandom(SEED + 1);

function analyze(cluster: Cluster): Doc[] {
  return cluster.articles.map((a) => analyzeArticle({ id: a.id, path: `${a.id}.txt`, body: a.body }, options));
}

// 1. Untouched clusters: how many disagreements does Parallax report?
const baseDocs = new Map<string, Doc[]>();
const perCluster: number[] = [];
const reported: Array<{ cluster: string; d: Disagreement; docs: Doc[] }> = [];
for (const c of clusters) {
  const docs = analyze(c);
  baseDocs.set(c.id, docs);
  const ds = briefDocs(docs, options).disagreements;
  perCluster.push(ds.length);
  for (const d of ds) reported.push({ cluster: c.id, d, docs });
}

// 2. Planted disagreements.
const items: Perturbation[] = clusters.flatMap((c) => findPerturbations(c, rnd));
const picked = items
  .map((p) => ({ p, r: rnd() }))
  .sort((a, b) => a.r - b.r)
  .slice(0, MAX_ITEMS)
  .map(({ p }) => p);
const byType = new Map<PerturbType, { n: number; found: number; conflict: number }>();
const bySimilarity = new Map<string, { n: number; found: number }>();
let lost = 0;
const misses: string[] = [];
for (const p of picked) {
  const cluster = clusters.find((c) => c.id === p.cluster)!;
  const article = cluster.articles.find((a) => a.id === p.changed)!;
  const body = article.body.slice(0, p.changedAt) + p.replacement + article.body.slice(p.changedAt + p.original.length);
  const docs = baseDocs.get(p.cluster)!.map((d) =>
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
  const bucket = p.similarity >= 0.35 ? "close (Jaccard >= 0.35)" : "loose (0.2-0.35)";
  const sb = bySimilarity.get(bucket) ?? { n: 0, found: 0 };
  sb.n++;
  if (hit) sb.found++;
  bySimilarity.set(bucket, sb);
  const t = byType.get(p.type) ?? { n: 0, found: 0, conflict: 0 };
  t.n++;
  if (hit) t.found++;
  if (hit?.severity === "conflict") t.conflict++;
  byType.set(p.type, t);
  if (!hit && VERBOSE) {
    const sentence = (d: Doc, at: number) => {
      const s = d.sentences.find((x) => x.start <= at && at < x.end);
      return s ? d.article.text.slice(s.start, s.end) : "?";
    };
    misses.push(`- [${p.type}] ${p.original} -> ${p.replacement}\n    kept:    ${sentence(keptDoc, keptAt)}\n    changed: ${sentence(changedDoc, changedAt)}`);
  }
}

// 3. Report.
const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
console.log(`# eval:disagreements (seed ${SEED})\n`);
console.log(`Clusters: ${clusters.length} (${CLUSTERS} per data set, Multi-News val + NeuS val), ${clusters.reduce((n, c) => n + c.articles.length, 0)} articles.`);
console.log(`Planted: ${items.length} candidates, ${picked.length} run, ${lost} lost in cleaning.\n`);
console.log("| value type | planted | found | recall | found as conflict |");
console.log("|---|---:|---:|---:|---:|");
let n = 0;
let found = 0;
let conflict = 0;
for (const type of ["number", "year", "month", "money", "percent"] as const) {
  const t = byType.get(type) ?? { n: 0, found: 0, conflict: 0 };
  n += t.n;
  found += t.found;
  conflict += t.conflict;
  console.log(`| ${type} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} | ${pct(t.conflict, t.n)} |`);
}
console.log(`| **all** | ${n} | ${found} | **${pct(found, n)}** | ${pct(conflict, n)} |\n`);
console.log("| matching sentences | planted | found | recall |");
console.log("|---|---:|---:|---:|");
for (const [bucket, t] of [...bySimilarity].sort()) console.log(`| ${bucket} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} |`);
console.log("");
const total = perCluster.reduce((a, b) => a + b, 0);
const sev = (s: string) => reported.filter((r) => r.d.severity === s).length;
console.log(`Untouched clusters: ${total} disagreements reported over ${clusters.length} clusters ` +
  `(${(total / Math.max(1, clusters.length)).toFixed(2)} per cluster; ${perCluster.filter((x) => x === 0).length} clusters with none; ` +
  `conflict ${sev("conflict")}, precision ${sev("precision")}, spelling ${sev("spelling")}).`);
const kinds = new Map<string, number>();
for (const r of reported) kinds.set(r.d.kind, (kinds.get(r.d.kind) ?? 0) + 1);
console.log(`By kind: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(", ") || "none"}.\n`);
const shown = ALL_REPORTED ? reported.length : Math.min(SAMPLE, reported.length);
console.log(`## ${ALL_REPORTED ? "Every one" : "Sample for review"} (${shown} of ${reported.length}${ALL_REPORTED ? "" : ", seeded"})\n`);
const drawn = reported.map((r) => ({ r, k: rnd() }));
const sample = (ALL_REPORTED ? drawn : drawn.sort((a, b) => a.k - b.k)).slice(0, shown).map(({ r }) => r);
for (const { cluster, d, docs } of sample) {
  console.log(`- ${cluster} [${d.kind}/${d.severity}] ${d.slot}: ${d.explanation}`);
  for (const p of d.positions) {
    const c = p.evidence[0];
    const doc = docs.find((x) => x.article.id === c?.source);
    const text = c && doc ? doc.article.text.slice(c.start, c.end).replace(/\s+/g, " ") : "";
    console.log(`    ${p.normalized} (${p.sources.join(", ")}): ${text.length > 220 ? `${text.slice(0, 220)}…` : text}`);
  }
}
if (VERBOSE && misses.length) console.log(`\n## Misses\n\n${misses.join("\n")}`);
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
