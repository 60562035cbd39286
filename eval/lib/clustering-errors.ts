/**
 * Where story clustering goes wrong, from a store ingested by `eval:clustering --reuse FILE`: replays
 * one order from the stored features and prints, per data set, the B-cubed precision loss (articles
 * put with other stories' articles) and recall loss (a story's articles spread over several found
 * stories), then the worst merged and split stories with each article's opening words.
 *
 *   node --import tsx eval/lib/clustering-errors.ts FILE [SEED] [JSON settings] [--list N]
 */
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { ClusterOptions } from "../../src/stream/cluster-options.js";
import { loadEcbPlus, loadMultiNews, loadNeus, shuffleSeeded } from "./clustering-corpus.js";
import { replayClustering } from "./clustering-replay.js";

const args = process.argv.slice(2);
const listAt = args.indexOf("--list");
const listCount = listAt >= 0 ? Number(args[listAt + 1]) : 15;
const [file, seedArg = "1", settings = "{}"] = args.filter((_, i) => listAt < 0 || (i !== listAt && i !== listAt + 1));
if (!file) throw new Error("usage: clustering-errors.ts FILE [SEED] [JSON settings] [--list N]");
const pool = [...loadMultiNews(120), ...loadNeus(120), ...loadEcbPlus()];
const gold = new Map(pool.map((a) => [a.raw.id, a.gold]));
const store = openSqliteStore(file);
const features = new Map((await store.loadIndex()).map((e) => [e.id, e.features]));
const texts = new Map<string, string>();
for (const s of await store.listStories()) for (const a of await store.storyArticles(s.id)) texts.set(a.id, `${a.title} | ${a.text.slice(0, 160)}`.replace(/\s+/g, " "));
await store.close();

const ids = shuffleSeeded(pool, Number(seedArg)).map((a) => a.raw.id).filter((id) => features.has(id));
const pred = replayClustering(ids.map((id) => ({ id, features: features.get(id)! })), JSON.parse(settings) as Partial<ClusterOptions>);

const group = <K>(key: (id: string) => K) => {
  const m = new Map<K, string[]>();
  for (const id of ids) m.set(key(id), [...(m.get(key(id)) ?? []), id]);
  return m;
};
const byPred = group((id) => pred.get(id) as number);
const byGold = group((id) => gold.get(id) as string);
const setOf = (id: string) => (id.startsWith("mn") ? "Multi-News" : id.startsWith("neus") ? "NeuS" : "ECB+");

const loss = new Map<string, { n: number; p: number; r: number; singletons: number }>();
for (const id of ids) {
  const mates = byPred.get(pred.get(id) as number) ?? [];
  const g = gold.get(id) as string;
  const both = mates.filter((m) => gold.get(m) === g).length;
  const l = loss.get(setOf(id)) ?? { n: 0, p: 0, r: 0, singletons: 0 };
  l.n++;
  l.p += 1 - both / mates.length;
  l.r += 1 - both / (byGold.get(g) ?? []).length;
  if (mates.length === 1 && (byGold.get(g) ?? []).length > 1) l.singletons++;
  loss.set(setOf(id), l);
}
const n = ids.length;
console.log(`seed ${seedArg}, ${n} articles; B-cubed loss as a share of all articles (P loss, R loss), and within the set`);
for (const [set, l] of loss) {
  console.log(
    `${set.padEnd(11)} ${l.n} articles  P loss ${(l.p / n).toFixed(3)} R loss ${(l.r / n).toFixed(3)}  | within: P ${(1 - l.p / l.n).toFixed(3)} R ${(1 - l.r / l.n).toFixed(3)}; ${l.singletons} articles alone though their story has others`,
  );
}

const show = (id: string) => `    ${id.padEnd(18)} ${(gold.get(id) ?? "").padEnd(9)} ${(texts.get(id) ?? "").slice(0, 150)}`;

/**
 * How a group's members spread over the other clustering's labels, and what the spread costs in
 * B-cubed terms (each member loses the share of the group not under its own label).
 */
function spread<K>(members: readonly string[], labelOf: (id: string) => K): { counts: Map<K, number>; cost: number } {
  const counts = new Map<K, number>();
  for (const m of members) counts.set(labelOf(m), (counts.get(labelOf(m)) ?? 0) + 1);
  const cost = [...counts.values()].reduce((s, c) => s + c * (1 - c / members.length), 0);
  return { counts, cost };
}

// Merged: found stories holding several gold stories, by the precision they cost.
const merged = [...byPred]
  .map(([story, members]) => ({ story, members, ...spread(members, (m) => gold.get(m) as string) }))
  .filter((x) => x.counts.size > 1)
  .sort((a, b) => b.cost - a.cost);
console.log(`\nfound stories mixing gold stories: ${merged.length}; worst ${listCount}:`);
for (const m of merged.slice(0, listCount)) {
  console.log(`  story ${m.story} (${m.members.length}): ${[...m.counts].map(([g, c]) => `${g} x${c}`).join(", ")}; P cost ${m.cost.toFixed(1)}`);
  for (const id of m.members.slice(0, 8)) console.log(show(id));
}

// Split: gold stories over several found stories, by the recall they cost.
const split = [...byGold]
  .map(([g, members]) => ({ g, members, ...spread(members, (m) => pred.get(m) as number) }))
  .filter((x) => x.counts.size > 1)
  .sort((a, b) => b.cost - a.cost);
console.log(`\ngold stories split: ${split.length}; worst ${listCount}:`);
for (const s of split.slice(0, listCount)) {
  console.log(`  ${s.g} (${s.members.length}) over ${s.counts.size} found stories: ${[...s.counts.values()].join("+")}; R cost ${s.cost.toFixed(1)}`);
  for (const id of [...s.members].sort((a, b) => (pred.get(a) as number) - (pred.get(b) as number))) {
    console.log(`${show(id)}  [found ${pred.get(id)}, size ${(byPred.get(pred.get(id) as number) ?? []).length}]`);
  }
}
