/**
 * Sweep clustering settings from a store already ingested by `eval:clustering --reuse FILE`: replays
 * each setting on seeds 1-3 from the stored features (no NLP) and prints B-cubed P/R/F1 per seed and
 * mean, overall and per data set.
 *
 *   node --import tsx eval/lib/clustering-sweep.ts FILE '[{"joinThreshold":0.25}, ...]'
 */
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { ClusterOptions } from "../../src/stream/cluster-options.js";
import { loadEcbPlus, loadMultiNews, loadNeus, shuffleSeeded } from "./clustering-corpus.js";
import { replayClustering } from "./clustering-replay.js";
import { scoreBCubed } from "./clustering-score.js";

const [file, grid = "[{}]"] = process.argv.slice(2);
if (!file) throw new Error("usage: clustering-sweep.ts FILE [JSON array of settings]");
const pool = [...loadMultiNews(120), ...loadNeus(120), ...loadEcbPlus()];
const gold = new Map(pool.map((a) => [a.raw.id, a.gold]));
const store = openSqliteStore(file);
const features = new Map((await store.loadIndex()).map((e) => [e.id, e.features]));
await store.close();
const fmt = (x: number) => x.toFixed(3);
for (const o of JSON.parse(grid) as Array<Partial<ClusterOptions>>) {
  const row: string[] = [];
  let mean = 0;
  for (const seed of [1, 2, 3]) {
    const ids = shuffleSeeded(pool, seed).map((a) => a.raw.id).filter((id) => features.has(id));
    const pred = replayClustering(ids.map((id) => ({ id, features: features.get(id)! })), o);
    const s = scoreBCubed(gold, pred);
    const sub = (p: string) => {
      const b = scoreBCubed(new Map([...gold].filter(([k]) => k.startsWith(p))), pred);
      return `${fmt(b.precision)}/${fmt(b.recall)}/${fmt(b.f1)}`;
    };
    row.push(`seed ${seed}: ${fmt(s.precision)}/${fmt(s.recall)}/${fmt(s.f1)} [mn ${sub("mn")} ne ${sub("neus")} ecb ${sub("ecb-")}]`);
    mean += s.f1 / 3;
  }
  console.log(`${JSON.stringify(o)}  mean F1 ${fmt(mean)}\n   ${row.join("\n   ")}`);
}
