/**
 * Compare clustering representations on the dev pool without the NLP, from `clustering-dump.ts`
 * output. For each variant (see `clustering-variants.ts`) it prints the mean average precision of
 * ranking every article's gold mates above other articles by the clustering similarity (idf over the
 * pool; threshold-free, so representations compare before thresholds are re-tuned), and with
 * `--online` the B-cubed of the real online clustering replayed on seeds 1-3 with those features.
 *
 *   node --import tsx eval/lib/clustering-offline.ts DUMP.json base propn:2 bigrams:0.5 [--online '{"joinThreshold":0.25}']
 */
import { readFileSync } from "node:fs";
import type { ClusterOptions } from "../../src/stream/cluster-options.js";
import type { ArticleFeatures } from "../../src/store/store.js";
import { loadEcbPlus, loadMultiNews, loadNeus, shuffleSeeded } from "./clustering-corpus.js";
import { replayClustering } from "./clustering-replay.js";
import { scoreBCubed } from "./clustering-score.js";
import { INDEX_WEIGHTS, type Part, similarityMatrix } from "./clustering-similarity.js";
import { type DumpRow, VARIANTS, type VariantContext } from "./clustering-variants.js";

const args = process.argv.slice(2);
const onlineAt = args.indexOf("--online");
const online = onlineAt >= 0 ? (JSON.parse(args[onlineAt + 1] ?? "[{}]") as Array<Partial<ClusterOptions>>) : undefined;
const seedsAt = args.indexOf("--seeds");
const seeds = seedsAt >= 0 ? (args[seedsAt + 1] ?? "1").split(",").map(Number) : [1, 2, 3];
const flagged = new Set([onlineAt, onlineAt + 1, seedsAt, seedsAt + 1].filter((_, i) => (i < 2 ? onlineAt : seedsAt) >= 0));
const positional = args.filter((_, i) => !flagged.has(i));
const [file, ...variants] = positional;
if (!file) throw new Error("usage: clustering-offline.ts DUMP.json VARIANT[:ARG]... [--online JSON] [--seeds 1,2,3]");
const rows = JSON.parse(readFileSync(file, "utf8")) as DumpRow[];
const ctx: VariantContext = { sentenceDf: new Map() };
for (const r of rows) for (const h of new Set(r.sentences)) ctx.sentenceDf.set(h, (ctx.sentenceDf.get(h) ?? 0) + 1);
const gold = new Map(rows.map((r) => [r.id, r.gold]));
// The eval's order: the whole pool shuffled, then what was stored (a duplicate text is not).
const poolIds = (rows.some((r) => r.id.startsWith("ecb-")) ? [...loadMultiNews(120), ...loadNeus(120), ...loadEcbPlus()] : [...loadMultiNews(250), ...loadNeus(400)]).map((a) => a.raw.id);
const fmt = (x: number) => x.toFixed(3);

/** Mean average precision of ranking gold mates first, by the index's similarity with pool idf. */
function meanAveragePrecision(features: ArticleFeatures[], weights: Record<Part, number>): Record<string, number> {
  const n = features.length;
  const sims = similarityMatrix(features, weights);
  const sum: Record<string, number> = { all: 0, mn: 0, neus: 0, ecb: 0 };
  const count: Record<string, number> = { all: 0, mn: 0, neus: 0, ecb: 0 };
  const setOf = (id: string) => (id.startsWith("mn") ? "mn" : id.startsWith("neus") ? "neus" : "ecb");
  const goldOf = rows.map((r) => r.gold);
  for (let i = 0; i < n; i++) {
    const mates = goldOf.filter((g, j) => j !== i && g === goldOf[i]).length;
    if (!mates) continue;
    const scored: Array<[number, number]> = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      scored.push([j, (sims[i] as Float64Array)[j] as number]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    let hits = 0;
    let ap = 0;
    scored.forEach(([j], rank) => {
      if (goldOf[j] === goldOf[i]) {
        hits++;
        ap += hits / (rank + 1);
      }
    });
    for (const set of ["all", setOf(rows[i]?.id ?? "")]) {
      sum[set] = (sum[set] ?? 0) + ap / mates;
      count[set] = (count[set] ?? 0) + 1;
    }
  }
  return Object.fromEntries(Object.keys(sum).map((k) => [k, (sum[k] ?? 0) / Math.max(1, count[k] ?? 0)]));
}

for (const spec of variants) {
  const [name = "base", argText = "1", weightText] = spec.split(":");
  const variant = VARIANTS[name];
  if (!variant) throw new Error(`unknown variant ${name}`);
  const features = rows.map((r) => variant(r, ctx, Number(argText)));
  const weights = weightText ? (Object.fromEntries(["terms", "entities", "values"].map((p, i) => [p, Number(weightText.split(",")[i])])) as Record<Part, number>) : { ...INDEX_WEIGHTS };
  const map = meanAveragePrecision(features, weights);
  console.log(`${spec.padEnd(24)} mAP ${Object.entries(map).map(([k, v]) => `${k} ${fmt(v)}`).join(" ")}`);
  for (const o of online ?? []) {
    let mean = 0;
    const cells: string[] = [];
    const byId = new Map(rows.map((r, i) => [r.id, features[i] as ArticleFeatures]));
    for (const seed of seeds) {
      const ids = shuffleSeeded(poolIds, seed).filter((id) => byId.has(id));
      const pred = replayClustering(ids.map((id) => ({ id, features: byId.get(id) as ArticleFeatures })), o);
      const s = scoreBCubed(gold, pred);
      const sub = (p: string) => scoreBCubed(new Map([...gold].filter(([k]) => k.startsWith(p))), pred).f1;
      cells.push(`${fmt(s.precision)}/${fmt(s.recall)}/${fmt(s.f1)} [mn ${fmt(sub("mn"))} ne ${fmt(sub("neus"))} ecb ${fmt(sub("ecb-"))}]`);
      mean += s.f1 / seeds.length;
    }
    console.log(`   ${JSON.stringify(o)} mean F1 ${fmt(mean)}\n      ${cells.join("\n      ")}`);
  }
}
