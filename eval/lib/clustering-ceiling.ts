/**
 * How far the clustering features can go, from `clustering-dump.ts` output:
 *  - offline average-link clustering of all articles at once over the index's similarity, at the
 *    best threshold of a sweep (an upper bound for the features, not a method), optionally with a
 *    second-order (shared nearest neighbour) mix, `--snn K,SHARE`; `--at T` also scores threshold T
 *    (to carry a threshold chosen on the pool over to the untuned check);
 *  - the online clustering replayed on seeds 1-3 as it is, with every story purified by an oracle
 *    (each story cut into its gold parts: what recall alone allows), and against topic-level ECB+
 *    gold (the `ecb` and `ecbplus` halves of a topic as one story: what telling them apart is worth).
 *
 *   node --import tsx eval/lib/clustering-ceiling.ts DUMP.json [--snn 5,0.2] [--at 0.2] [--online]
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { ArticleFeatures } from "../../src/store/store.js";
import { loadEcbPlus, loadMultiNews, loadNeus, shuffleSeeded } from "./clustering-corpus.js";
import { replayClustering } from "./clustering-replay.js";
import { type BCubed, scoreBCubed } from "./clustering-score.js";
import { mixSharedNeighbours, similarityMatrix } from "./clustering-similarity.js";

interface Row {
  id: string;
  gold: string;
  features: ArticleFeatures;
}

/** Average-link merges (nearest-neighbour chain), each with the similarity at which it happened. */
export function averageLinkMerges(sims: readonly Float64Array[]): Array<{ a: number; b: number; at: number }> {
  const n = sims.length;
  const s = sims.map((row, i) => Float64Array.from(row, (x, j) => (x + ((sims[j] as Float64Array)[i] as number)) / 2));
  const size = new Array<number>(n).fill(1);
  const active = new Set<number>(Array.from({ length: n }, (_, i) => i));
  const merges: Array<{ a: number; b: number; at: number }> = [];
  const chain: number[] = [];
  while (active.size > 1) {
    if (chain.length === 0) chain.push(active.values().next().value as number);
    const a = chain[chain.length - 1] as number;
    const prev = chain.length >= 2 ? (chain[chain.length - 2] as number) : -1;
    const row = s[a] as Float64Array;
    let b = prev;
    let best = prev >= 0 ? (row[prev] as number) : -Infinity;
    for (const k of active) if (k !== a && (row[k] as number) > best) (best = row[k] as number), (b = k);
    if (b !== prev) {
      chain.push(b);
      continue;
    }
    chain.pop();
    chain.pop();
    merges.push({ a, b, at: best });
    // Lance-Williams for average link: the merged cluster (kept at index a) is the size-weighted mean.
    for (const k of active) {
      if (k === a || k === b) continue;
      const v = ((size[a] as number) * ((s[a] as Float64Array)[k] as number) + (size[b] as number) * ((s[b] as Float64Array)[k] as number)) / ((size[a] as number) + (size[b] as number));
      (s[a] as Float64Array)[k] = v;
      (s[k] as Float64Array)[a] = v;
    }
    size[a] = (size[a] as number) + (size[b] as number);
    active.delete(b);
  }
  return merges;
}

/** Cluster labels after applying every merge at similarity `threshold` or more. */
export function cut(n: number, merges: ReadonlyArray<{ a: number; b: number; at: number }>, threshold: number): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  for (const m of merges) if (m.at >= threshold) parent[find(m.a)] = find(m.b);
  return parent.map((_, i) => find(i));
}

const fmt = (b: BCubed) => `${b.precision.toFixed(3)}/${b.recall.toFixed(3)}/${b.f1.toFixed(3)}`;

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const file = args[0];
  if (!file) throw new Error("usage: clustering-ceiling.ts DUMP.json [--snn K,SHARE] [--at T] [--online]");
  const rows = JSON.parse(readFileSync(file, "utf8")) as Row[];
  const gold = new Map(rows.map((r) => [r.id, r.gold]));
  const topicGold = new Map(rows.map((r) => [r.id, r.gold.startsWith("ecb") ? r.gold.replace(/_ecb(plus)?$/, "") : r.gold]));
  let sims = similarityMatrix(rows.map((r) => r.features));
  const snn = flag("--snn");
  if (snn) {
    const [k = "5", share = "0.2"] = snn.split(",");
    sims = mixSharedNeighbours(sims, Number(k), Number(share));
  }
  const merges = averageLinkMerges(sims);
  const score = (t: number) => scoreBCubed(gold, new Map(cut(rows.length, merges, t).map((label, i) => [(rows[i] as Row).id, label])));
  let best = { t: 0, b: score(1) };
  for (let t = 0.05; t <= 0.5; t += 0.005) {
    const b = score(t);
    if (b.f1 > best.b.f1) best = { t, b };
  }
  console.log(`average link, all articles at once${snn ? ` (shared neighbours ${snn})` : ""}: best ${fmt(best.b)} at ${best.t.toFixed(3)}`);
  const at = flag("--at");
  if (at) console.log(`   at ${at}: ${fmt(score(Number(at)))}`);
  if (!args.includes("--online")) return;
  const byId = new Map(rows.map((r) => [r.id, r.features]));
  const poolIds = (rows.some((r) => r.id.startsWith("ecb-")) ? [...loadMultiNews(120), ...loadNeus(120), ...loadEcbPlus()] : [...loadMultiNews(250), ...loadNeus(400)]).map((a) => a.raw.id);
  for (const seed of [1, 2, 3]) {
    const ids = shuffleSeeded(poolIds, seed).filter((id) => byId.has(id));
    const pred = replayClustering(ids.map((id) => ({ id, features: byId.get(id) as ArticleFeatures })), {});
    const purified = new Map([...pred].map(([id, s]) => [id, `${s}|${gold.get(id)}`]));
    console.log(`online seed ${seed}: ${fmt(scoreBCubed(gold, pred))}; purified by an oracle ${fmt(scoreBCubed(gold, purified))}; against topic-level ECB+ gold ${fmt(scoreBCubed(topicGold, pred))}`);
  }
}

// Run as a script only (clustering-dense.ts imports the average link).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
