/**
 * `npm run eval:disagreements`: recall of planted disagreements, and how many Parallax reports on
 * untouched clusters.
 *
 * The benchmark is built by controlled perturbation of validation clusters from
 * ../shared/data/summarization (Multi-News and NeuS/AllSides): where two articles of a cluster report
 * the same value in matching sentences, the value is changed in one of them (a number, a year, a
 * month, an amount, a percentage), and the full pipeline must report a disagreement citing both.
 * Options: --clusters N (per data set, default 150; 250 takes all of Multi-News), --seed S (default 7),
 * --studied S1,S2,... (seeds whose misses were read: recall is also given on clusters none of them drew),
 * --seeds S1,S2,... (several samples, pooled: the headline is then not one lucky draw), --sample K
 * (default 12), --max-items M (default 400), --verbose (print misses), --all-reported (print every
 * disagreement reported on untouched clusters, to compare two runs), --half dev|test (only the clusters of
 * one half, split by a hash of each cluster's identity: read misses on dev only, score test; default both).
 *
 * Samples of different seeds share many clusters (Multi-News has 250 validation clusters, NeuS 307,
 * each seed draws 150 of each): pooled figures count a value planted in two samples twice, and the
 * distinct values are reported beside them.
 */
import { CLOSE, createRunner, LOOSE, type SeedResult, type Tally } from "./lib/disagreements-run.js";
import { loadClusters } from "./lib/disagreements-data.js";
import { parseHalf } from "./lib/disagreements-split.js";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
function listArg(name: string): number[] | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? "").split(",").filter(Boolean).map(Number) : undefined;
}
const CLUSTERS = arg("clusters", 150);
const SEEDS = listArg("seeds") ?? [arg("seed", 7)];
const SAMPLE = arg("sample", 12);
const MAX_ITEMS = arg("max-items", 400);
const VERBOSE = process.argv.includes("--verbose");
const ALL_REPORTED = process.argv.includes("--all-reported");
/** Seeds whose misses were studied: recall is also reported on the clusters none of their samples holds. */
const STUDIED = listArg("studied");
const halfAt = process.argv.indexOf("--half");
const HALF = parseHalf(halfAt >= 0 ? process.argv[halfAt + 1] : undefined);

const started = Date.now();
const runSeed = createRunner({ clusters: CLUSTERS, maxItems: MAX_ITEMS, half: HALF, verbose: VERBOSE });
const results = SEEDS.map(runSeed);

// 3. Report.
const pct = (a: number, b: number) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
const sum = (f: (r: SeedResult) => number) => results.reduce((n, r) => n + f(r), 0);
const pooled = (pick: (r: SeedResult) => Map<string, Tally>, k: string): Tally =>
  results.reduce((t, r) => {
    const x = pick(r).get(k) ?? { n: 0, found: 0, conflict: 0 };
    return { n: t.n + x.n, found: t.found + x.found, conflict: t.conflict + x.conflict };
  }, { n: 0, found: 0, conflict: 0 });
const several = results.length > 1;
console.log(`# eval:disagreements (${several ? `seeds ${SEEDS.join(", ")}, pooled` : `seed ${SEEDS[0]}`}${HALF ? `, ${HALF} half of the clusters` : ", both halves"})\n`);
for (const r of results) {
  console.log(`${several ? `Seed ${r.seed}: c` : "C"}lusters: ${r.clusters.length} (${CLUSTERS} per data set, Multi-News val + NeuS val), ` +
    `${r.clusters.reduce((n, c) => n + c.articles.length, 0)} articles. Planted: ${r.candidates} candidates, ${r.run} run, ${r.lost} lost in cleaning.`);
}
console.log("");
if (several) {
  console.log("| seed | planted | found | recall | reported on untouched clusters | per cluster |");
  console.log("|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const t = [...r.byType.values()].reduce((a, x) => ({ n: a.n + x.n, found: a.found + x.found }), { n: 0, found: 0 });
    const rep = r.perCluster.reduce((a, b) => a + b, 0);
    console.log(`| ${r.seed} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} | ${rep} | ${(rep / Math.max(1, r.clusters.length)).toFixed(2)} |`);
  }
  console.log("");
}
console.log("| value type | planted | found | recall | found as conflict |");
console.log("|---|---:|---:|---:|---:|");
let n = 0;
let found = 0;
let conflict = 0;
for (const type of ["number", "year", "month", "money", "percent"] as const) {
  const t = pooled((r) => r.byType as Map<string, Tally>, type);
  n += t.n;
  found += t.found;
  conflict += t.conflict;
  console.log(`| ${type} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} | ${pct(t.conflict, t.n)} |`);
}
console.log(`| **all** | ${n} | ${found} | **${pct(found, n)}** | ${pct(conflict, n)} |\n`);
if (several) {
  const distinct = new Map<string, boolean>();
  for (const r of results) for (const [k, hit] of r.outcomes) distinct.set(k, hit);
  const hits = [...distinct.values()].filter(Boolean).length;
  console.log(`Distinct planted values (a value planted the same way in two samples counted once): ${distinct.size}, found ${hits} (${pct(hits, distinct.size)}).\n`);
}
if (STUDIED) {
  const seen = new Set(STUDIED.flatMap((s) => loadClusters(CLUSTERS, s).map((c) => c.id)));
  let planted = 0;
  let hits = 0;
  const unseen = new Set<string>();
  for (const r of results) {
    for (const [k, hit] of r.outcomes) {
      const cluster = k.split("|")[0]!;
      if (seen.has(cluster)) continue;
      unseen.add(cluster);
      planted++;
      if (hit) hits++;
    }
  }
  console.log(`On clusters no studied sample (seeds ${STUDIED.join(", ")}) drew: ${planted} planted in ${unseen.size} clusters, found ${hits} (${pct(hits, planted)}).\n`);
}
console.log("| matching sentences | planted | found | recall |");
console.log("|---|---:|---:|---:|");
for (const bucket of [CLOSE, LOOSE]) {
  const t = pooled((r) => r.bySimilarity, bucket);
  console.log(`| ${bucket} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} |`);
}
console.log("");
const clusterCount = sum((r) => r.clusters.length);
const total = sum((r) => r.perCluster.reduce((a, b) => a + b, 0));
const reported = results.flatMap((r) => r.reported);
const sev = (s: string) => reported.filter((r) => r.d.severity === s).length;
console.log(`Untouched clusters: ${total} disagreements reported over ${clusterCount} clusters ` +
  `(${(total / Math.max(1, clusterCount)).toFixed(2)} per cluster; ${sum((r) => r.perCluster.filter((x) => x === 0).length)} clusters with none; ` +
  `conflict ${sev("conflict")}, precision ${sev("precision")}, spelling ${sev("spelling")}).`);
const kinds = new Map<string, number>();
for (const r of reported) kinds.set(r.d.kind, (kinds.get(r.d.kind) ?? 0) + 1);
console.log(`By kind: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(", ") || "none"}.\n`);
const shown = ALL_REPORTED ? reported.length : Math.min(SAMPLE, reported.length);
console.log(`## ${ALL_REPORTED ? "Every one" : "Sample for review"} (${shown} of ${reported.length}${ALL_REPORTED ? "" : ", seeded"})\n`);
const rnd = results[results.length - 1]!.rnd;
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
const misses = results.flatMap((r) => (r.misses.length ? [several ? `### Seed ${r.seed}\n\n${r.misses.join("\n")}` : r.misses.join("\n")] : []));
if (VERBOSE && misses.length) console.log(`\n## Misses\n\n${misses.join("\n\n")}`);
console.log(`\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
