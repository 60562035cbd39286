/**
 * Story-clustering evaluation (`eval/lib/clustering-errors.ts` lists what it gets wrong): pool articles of many Multi-News and NeuS validation clusters and the
 * ECB+ stories, ingest them in a seeded shuffled order into a fresh SQLite store (the real ingest
 * path: clean, analyse, features, cluster, commit), and score the stories found against the clusters
 * the articles came from with B-cubed precision/recall/F1. A plain TF-IDF single-pass baseline runs
 * on the same cleaned texts in the same order (its best threshold of a sweep is reported). Also
 * prints ingest throughput and database size per 1,000 articles.
 *
 *   npm run eval:clustering [-- --seed 1 --multi-news 120 --neus 120 --ecb 1 --orders 2,3 --reuse /tmp/x.db --sweep]
 *
 * `--reuse FILE` keeps the ingested store (ingests only when FILE is missing) so settings can be
 * swept from its stored features without re-running the NLP.
 */
import { mkdtempSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { normalizeOptions } from "../src/config/options.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from "../src/stream/cluster-options.js";
import { ingestArticles } from "../src/stream/ingest-articles.js";
import { TfidfSinglePass } from "./lib/clustering-baseline.js";
import { type GoldArticle, loadEcbPlus, loadMultiNews, loadNeus, shuffleSeeded } from "./lib/clustering-corpus.js";
import { replayClustering } from "./lib/clustering-replay.js";
import { type BCubed, scoreBCubed } from "./lib/clustering-score.js";

const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? dflt) : dflt;
};
const seed = Number(arg("seed", "1"));
const mnClusters = Number(arg("multi-news", "120"));
const neusStories = Number(arg("neus", "120"));
const withEcb = arg("ecb", "1") !== "0";
const reuse = args.includes("--reuse") ? arg("reuse", "") : "";
const sweep = args.includes("--sweep");

const pool: GoldArticle[] = [...loadMultiNews(mnClusters), ...loadNeus(neusStories), ...(withEcb ? loadEcbPlus() : [])];
const articles = shuffleSeeded(pool, seed);
const gold = new Map(articles.map((a) => [a.raw.id, a.gold]));
const goldClusters = new Set(gold.values()).size;

const dir = reuse ? "" : mkdtempSync(join(tmpdir(), "parallax-eval-clustering-"));
const dbFile = reuse || join(dir, "eval.db");
const fresh = !reuse || !existsSync(dbFile);
let store = openSqliteStore(dbFile);
let seconds = Number.NaN;
const failed: string[] = [];
if (fresh) {
  const t0 = performance.now();
  let done = 0;
  const summary = await ingestArticles(
    articles.map((a) => a.raw),
    store,
    normalizeOptions(),
    {
      onArticle: (e) => {
        done++;
        if (e.status === "failed") failed.push(`${e.path}: ${e.reason}`);
        if (process.stderr.isTTY && done % 50 === 0) process.stderr.write(`\r${done}/${articles.length}`);
      },
    },
  );
  seconds = (performance.now() - t0) / 1000;
  if (process.stderr.isTTY) process.stderr.write("\r");
  console.error(
    `ingested ${articles.length}: ${summary.stored} stored, ${summary.copies} copies, ${summary.duplicates} duplicates, ${summary.merges} merges, ${summary.moves} moves and ${summary.splits} splits when settling, ${summary.failed.length} failed`,
  );
}
await store.close(); // checkpoints the WAL so the file size is the database's
const bytes = statSync(dbFile).size;
store = openSqliteStore(dbFile);

// Predicted stories: every stored article's (live) story; a duplicate text takes its original's story.
const predicted = new Map<string, number>();
const texts = new Map<string, string>();
for (const s of await store.listStories()) {
  for (const a of await store.storyArticles(s.id)) {
    predicted.set(a.id, s.id);
    texts.set(a.id, a.text);
  }
}
const storedCount = predicted.size;
const entries = (await store.loadIndex()).map((e) => ({ id: e.id, features: e.features }));
await store.close();

const scored = new Map([...predicted].filter(([id]) => gold.has(id)));
const ours = scoreBCubed(gold, scored);

// Baseline on the same cleaned texts, same order; a threshold sweep, its best reported.
const order = articles.map((a) => a.raw.id).filter((id) => texts.has(id));
let baseline: { threshold: number; score: BCubed } | undefined;
for (const threshold of [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]) {
  const b = new TfidfSinglePass(threshold);
  const pred = new Map(order.map((id) => [id, b.add(texts.get(id) ?? "")]));
  const score = scoreBCubed(gold, pred);
  if (!baseline || score.f1 > baseline.score.f1) baseline = { threshold, score };
}

const fmt = (x: number) => x.toFixed(3);
const subset = (prefix: string) => {
  const ids = [...scored.keys()].filter((id) => id.startsWith(prefix));
  return ids.length ? scoreBCubed(new Map(ids.map((id) => [id, gold.get(id) as string])), new Map(ids.map((id) => [id, scored.get(id) as number]))) : undefined;
};
console.log(`Story clustering: ${articles.length} articles from ${goldClusters} gold stories (seed ${seed}; Multi-News val ${mnClusters} clusters, NeuS val ${neusStories} stories${withEcb ? ", ECB+ 86 stories" : ""})`);
console.log(`stored ${storedCount}, found ${new Set(scored.values()).size} stories; failed ${failed.length}\n`);
console.log("| system | B-cubed P | B-cubed R | B-cubed F1 |");
console.log("|---|---|---|---|");
console.log(`| parallax (entities, values, dates, merging, settling, splitting) | ${fmt(ours.precision)} | ${fmt(ours.recall)} | ${fmt(ours.f1)} |`);
if (baseline) {
  console.log(`| TF-IDF single pass, best threshold ${baseline.threshold} | ${fmt(baseline.score.precision)} | ${fmt(baseline.score.recall)} | ${fmt(baseline.score.f1)} |`);
}
for (const [name, prefix] of [["Multi-News items", "mn"], ["NeuS items", "neus"], ["ECB+ items", "ecb-"]] as const) {
  const s = subset(prefix);
  if (s) console.log(`| parallax on ${name} only | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.f1)} |`);
}
if (fresh) {
  console.log(`\ningest: ${(articles.length / seconds).toFixed(1)} articles/s (${seconds.toFixed(1)} s for ${articles.length}, full analysis included)`);
}
console.log(`database: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${((bytes / storedCount) * 1000 / 1024 / 1024).toFixed(1)} MB per 1,000 articles`);
for (const f of failed.slice(0, 5)) console.log(`failed: ${f}`);

// Other ingest orders, replayed from the stored features (no NLP): ours and the baseline on each.
const orders = arg("orders", "2,3").split(",").filter(Boolean).map(Number);
const features = new Map(entries.map((e) => [e.id, e.features]));
const baselineAt = (ids: readonly string[], threshold: number) => {
  const b = new TfidfSinglePass(threshold);
  return scoreBCubed(gold, new Map(ids.map((id) => [id, b.add(texts.get(id) ?? "")])));
};
if (orders.length) {
  console.log("\nother ingest orders (replayed from stored features; baseline at the threshold above):\n");
  console.log("| seed | parallax P | R | F1 | baseline F1 |");
  console.log("|---|---|---|---|---|");
}
for (const s of orders) {
  const ids = shuffleSeeded(pool, s).map((a) => a.raw.id).filter((id) => features.has(id));
  const pred = replayClustering(ids.map((id) => ({ id, features: features.get(id) as (typeof entries)[number]["features"] })), {});
  const o = scoreBCubed(gold, pred);
  const b = baselineAt(ids, baseline?.threshold ?? 0.25);
  console.log(`| ${s} | ${fmt(o.precision)} | ${fmt(o.recall)} | ${fmt(o.f1)} | ${fmt(b.f1)} |`);
}

if (sweep) {
  console.log("\nsweep (replayed from stored features):");
  const grid: Array<Partial<ClusterOptions>> = [];
  for (const joinThreshold of [0.22, 0.25, 0.28]) {
    for (const [termWeight, entityWeight, valueWeight] of [[0.8, 0.1, 0.1], [0.85, 0.1, 0.05], [1, 0, 0]] as const) {
      grid.push({ joinThreshold, termWeight, entityWeight, valueWeight });
    }
  }
  for (const o of grid) {
    const s = scoreBCubed(gold, replayClustering(entries, o));
    console.log(`${JSON.stringify({ ...DEFAULT_CLUSTER_OPTIONS, ...o })} P ${fmt(s.precision)} R ${fmt(s.recall)} F1 ${fmt(s.f1)}`);
  }
}
if (dir) rmSync(dir, { recursive: true, force: true });
