/**
 * Does distributional meaning (word vectors) help story clustering? On a `clustering-dump.ts` dump,
 * for each share of the dense cosine blended into the index's similarity (see `clustering-embedding.ts`):
 *  - the dense cosine's distribution over gold-mate and other pairs;
 *  - mean average precision of ranking gold mates first (all / Multi-News / NeuS / ECB+);
 *  - for the articles the online clustering (seed 1, today's features) leaves alone though their gold
 *    story has others, how many have a gold mate as their best match;
 *    and the seed-1 result purified by an oracle with those loners put with their best match (a recall bound);
 *  - offline average-link clustering of all articles at the best threshold (and at `--at T`).
 *
 *   node --import tsx eval/lib/clustering-dense.ts DUMP.json VEC_DIR [--weight idf|sif] [--pc] [--entities]
 *        [--shares 0,0.2,0.3,0.5] [--floor 0.2] [--scale 0.5] [--at 0.2] [--limit 50000] [--expand 0.3,0.7;0.5,0.6]
 *
 * `--expand ALPHA,MIN_COS;...` instead scores term expansion (soft cosine): each term vector gains
 * its words' neighbours with a word-vector cosine of MIN_COS or more, at ALPHA x cosine.
 */
import { readFileSync } from "node:fs";
import type { ArticleFeatures } from "../../src/store/store.js";
import { averageLinkMerges, cut } from "./clustering-ceiling.js";
import { loadEcbPlus, loadMultiNews, loadNeus, shuffleSeeded } from "./clustering-corpus.js";
import {
  blendSimilarities,
  denseCosines,
  type EmbedWeight,
  embedArticles,
  expandTerms,
  loadWordVectors,
  nearWords,
} from "./clustering-embedding.js";
import { replayClustering } from "./clustering-replay.js";
import { type BCubed, scoreBCubed } from "./clustering-score.js";
import { similarityMatrix } from "./clustering-similarity.js";

interface Row {
  id: string;
  gold: string;
  features: ArticleFeatures;
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const [file, vecDir] = args;
if (!file || !vecDir)
  throw new Error(
    "usage: clustering-dense.ts DUMP.json VEC_DIR [--weight idf|sif] [--pc] [--entities] [--shares 0,0.3] [--floor F] [--scale S] [--at T] [--limit N]",
  );
const rows = JSON.parse(readFileSync(file, "utf8")) as Row[];
const n = rows.length;
const gold = new Map(rows.map((r) => [r.id, r.gold]));
const setOf = (id: string) => (id.startsWith("mn") ? "mn" : id.startsWith("neus") ? "neus" : "ecb");
const fmt = (x: number) => x.toFixed(3);
const fmtB = (b: BCubed) => `${fmt(b.precision)}/${fmt(b.recall)}/${fmt(b.f1)}`;

const wv = loadWordVectors(vecDir, Number(flag("--limit") ?? Infinity));
const emb = embedArticles(
  rows.map((r) => r.features),
  wv,
  { weight: (flag("--weight") ?? "idf") as EmbedWeight, removePc: args.includes("--pc"), entities: args.includes("--entities") },
);
const dense = denseCosines(emb);
const lexical = similarityMatrix(rows.map((r) => r.features));

// The dense cosine over gold-mate pairs and other pairs (quantiles), to put it on the lexical scale.
const quantiles = (xs: number[]) => {
  xs.sort((a, b) => a - b);
  return [0.1, 0.5, 0.9, 0.99].map((q) => fmt(xs[Math.floor(q * (xs.length - 1))] as number)).join(" ");
};
for (const [name, sims] of [
  ["dense", dense],
  ["lexical", lexical],
] as const) {
  const mates: number[] = [];
  const others: number[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      ((rows[i] as Row).gold === (rows[j] as Row).gold ? mates : others).push((sims[i] as Float64Array)[j] as number);
  console.log(`${name} cosine quantiles 10/50/90/99%: mates ${quantiles(mates)}; other pairs ${quantiles(others)}`);
}

// Articles the online clustering leaves alone though their gold story has others (seed 1, today's features).
const byId = new Map(rows.map((r) => [r.id, r.features]));
const poolIds = (
  rows.some((r) => r.id.startsWith("ecb-"))
    ? [...loadMultiNews(120), ...loadNeus(120), ...loadEcbPlus()]
    : [...loadMultiNews(250), ...loadNeus(400)]
).map((a) => a.raw.id);
const order = shuffleSeeded(poolIds, 1).filter((id) => byId.has(id));
const pred = replayClustering(
  order.map((id) => ({ id, features: byId.get(id) as ArticleFeatures })),
  {},
);
const storySize = new Map<number, number>();
for (const s of pred.values()) storySize.set(s, (storySize.get(s) ?? 0) + 1);
const goldSize = new Map<string, number>();
for (const r of rows) goldSize.set(r.gold, (goldSize.get(r.gold) ?? 0) + 1);
const loners = rows
  .map((r, i) => [r, i] as const)
  .filter(([r]) => storySize.get(pred.get(r.id) as number) === 1 && (goldSize.get(r.gold) as number) > 1);

function meanAveragePrecision(sims: readonly Float64Array[]): Record<string, number> {
  const sum: Record<string, number> = { all: 0, mn: 0, neus: 0, ecb: 0 };
  const count: Record<string, number> = { all: 0, mn: 0, neus: 0, ecb: 0 };
  for (let i = 0; i < n; i++) {
    const g = (rows[i] as Row).gold;
    const mates = (goldSize.get(g) as number) - 1;
    if (!mates) continue;
    const row = sims[i] as Float64Array;
    const others = [...row.keys()].filter((j) => j !== i).sort((a, b) => (row[b] as number) - (row[a] as number));
    let hits = 0;
    let ap = 0;
    others.forEach((j, rank) => {
      if ((rows[j] as Row).gold === g) ap += ++hits / (rank + 1);
    });
    for (const set of ["all", setOf((rows[i] as Row).id)]) {
      sum[set] = (sum[set] as number) + ap / mates;
      count[set] = (count[set] as number) + 1;
    }
  }
  return Object.fromEntries(Object.keys(sum).map((k) => [k, (sum[k] as number) / Math.max(1, count[k] as number)]));
}

const floor = Number(flag("--floor") ?? 0.2);
const scale = Number(flag("--scale") ?? 0.5);
const at = flag("--at");
function report(label: string, sims: readonly Float64Array[]): void {
  const map = meanAveragePrecision(sims);
  const lonerHits: Record<string, [number, number]> = { mn: [0, 0], neus: [0, 0], ecb: [0, 0] };
  const lonerBest = new Map<string, string>();
  for (const [r, i] of loners) {
    const row = sims[i] as Float64Array;
    let best = -1;
    for (let j = 0; j < n; j++) if (j !== i && (best < 0 || (row[j] as number) > (row[best] as number))) best = j;
    const cell = lonerHits[setOf(r.id)] as [number, number];
    cell[1]++;
    if ((rows[best] as Row).gold !== r.gold) continue;
    cell[0]++;
    lonerBest.set(r.id, (rows[best] as Row).id);
  }
  // The online result purified by an oracle (no precision loss), and with every loner whose best match
  // is a gold mate put in that mate's story: what this similarity can add to recall at most.
  const purified = new Map([...pred].map(([id, st]) => [id, `${st}|${gold.get(id)}`]));
  const joined = new Map(purified);
  for (const [id, j] of lonerBest) joined.set(id, purified.get(j) as string);
  const merges = averageLinkMerges(sims);
  const score = (t: number) => scoreBCubed(gold, new Map(cut(n, merges, t).map((label, i) => [(rows[i] as Row).id, label])));
  let best = { t: 0, b: score(1) };
  for (let t = 0.05; t <= 0.6; t += 0.005) {
    const b = score(t);
    if (b.f1 > best.b.f1) best = { t, b };
  }
  const loner = Object.entries(lonerHits)
    .filter(([, c]) => c[1] > 0)
    .map(([k, c]) => `${k} ${c[0]}/${c[1]}`)
    .join(", ");
  console.log(
    `${label}: mAP ${Object.entries(map)
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(
        " ",
      )}; loners whose best match is a mate: ${loner}; seed 1 purified ${fmtB(scoreBCubed(gold, purified))}, with those loners joined ${fmtB(scoreBCubed(gold, joined))}; average link best ${fmtB(best.b)} at ${fmt(best.t)}${at ? `, at ${at} ${fmtB(score(Number(at)))}` : ""}`,
  );
}

const expand = flag("--expand");
if (expand) {
  const settings = expand.split(";").map((x) => x.split(",").map(Number) as [number, number]);
  const minCos = Math.min(...settings.map(([, c]) => c));
  const near = nearWords(
    rows.flatMap((r) => Object.keys(r.features.terms)),
    wv,
    minCos,
  );
  console.log(
    `${near.size} words with vectors; pairs at cosine ${minCos} or more: ${[...near.values()].reduce((s, l) => s + l.length, 0) / 2}`,
  );
  for (const [alpha, cos] of settings)
    report(
      `expand ${alpha},${cos}`,
      similarityMatrix(
        rows.map((r) => r.features),
        undefined,
        { terms: (w) => expandTerms(w, near, alpha, cos) },
      ),
    );
} else {
  for (const share of (flag("--shares") ?? "0,0.2,0.3,0.5").split(",").map(Number))
    report(`share ${share}`, share === 0 ? lexical : blendSimilarities(lexical, dense, share, floor, scale));
}
