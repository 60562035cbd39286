/**
 * How the seventh labelling round was drawn (run once at commit 8da5297, whose marks are those of
 * f70c162, with the rules frozen; kept for the record): `node --import tsx eval/data/opinion/sample-round7.ts > draft.jsonl`.
 *
 * The last unread flagged sentences of the shared corpora: articles of dev-side stories that had a
 * precision audit (an audit judged at most two flagged sentences an article, in an earlier session;
 * rules were tuned on those), leaving out rounds 4-6's articles and every sentence already labelled or
 * judged. No rule changed between round 6 and this round, so the two measure the same rules. From
 * those: the flagged sentences (at most MAX_FLAGGED an article, articles in seeded random order, at
 * most FLAGGED in all), then UNFLAGGED_CUE unflagged sentences with the broad cue and UNFLAGGED_RANDOM
 * at random (`split` "round7").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, loadEcbCorpus, loadFreshCorpus } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";
import { drawRound, storyHash } from "./draw-round.js";

const MAX_FLAGGED = 4;
const FLAGGED = 60;
const UNFLAGGED_CUE = 10;
const UNFLAGGED_RANDOM = 5;

const dir = import.meta.dirname;
const all = [...loadCorpus(), ...loadFreshCorpus(), ...loadEcbCorpus()];
const storyOf = new Map(all.map((a) => [a.key, a.story]));
const labelled = new Set<string>();
const auditedStories = new Set<string>();
for (const f of ["labels.jsonl", "labels-round2.jsonl", "labels-round3.jsonl", "labels-round4.jsonl", "labels-round5.jsonl", "labels-round6.jsonl", "audit.jsonl"]) {
  for (const line of readFileSync(join(dir, f), "utf8").trim().split("\n")) {
    const id = (JSON.parse(line) as { id: string }).id;
    labelled.add(id);
    const key = id.split("@")[0] ?? "";
    if (f === "audit.jsonl") auditedStories.add(storyOf.get(key) ?? key);
  }
}
const usedArticles = new Set<string>();
for (const f of ["labels-round4.jsonl", "labels-round5.jsonl", "labels-round6.jsonl"]) {
  for (const line of readFileSync(join(dir, f), "utf8").trim().split("\n")) usedArticles.add((JSON.parse(line) as { id: string }).id.split("@")[0] ?? "");
}
const devSide = all.filter((a) => storyHash(a.story) % 2 === 0 && auditedStories.has(a.story) && !usedArticles.has(a.key));
const drawn = drawRound({ articles: devSide, seed: 20261125 + 700, maxFlagged: 1000, unflaggedCue: UNFLAGGED_CUE * 2, unflaggedRandom: UNFLAGGED_RANDOM * 2 })
  .filter((c) => !labelled.has(c.id));
const rand = seededRandom(20261125 + 701);
const byArticle = new Map<string, typeof drawn>();
for (const c of drawn.filter((c) => c.pool === "flagged")) {
  const key = c.id.split("@")[0] ?? "";
  byArticle.set(key, [...(byArticle.get(key) ?? []), c]);
}
const articles = [...byArticle.keys()];
const flagged: typeof drawn = [];
while (articles.length && flagged.length < FLAGGED) {
  const list = byArticle.get(articles.splice(Math.floor(rand() * articles.length), 1)[0] ?? "") ?? [];
  for (let k = 0; k < MAX_FLAGGED && list.length && flagged.length < FLAGGED; k++) flagged.push(...list.splice(Math.floor(rand() * list.length), 1));
}
const cue = drawn.filter((c) => c.pool === "unflagged-cue").slice(0, UNFLAGGED_CUE);
const random = drawn.filter((c) => c.pool === "unflagged-random").slice(0, UNFLAGGED_RANDOM);
for (const c of [...flagged, ...cue, ...random]) console.log(JSON.stringify({ ...c, split: "round7" }));
