/**
 * How the fourth labelling round was drawn (run once at commit 8b47761, the precision-first rules,
 * frozen before the round was labelled; kept for the record):
 * `node --import tsx eval/data/opinion/sample-round4.ts > draft.jsonl`.
 *
 * The round was meant to come from articles no earlier round or audit had used, but none of the 1,369
 * such articles in ../shared/data has a sentence the rules flag (every earlier round took each article
 * the rules of its day flagged, with looser rules). So it takes sentences no one has labelled or
 * judged from the held-out side instead: articles whose story hashes to "test" (the split no rule was
 * ever chosen on), leaving out every story that had a precision audit (audits were tuned on) and every
 * sentence already labelled. From those: the flagged sentences (at most MAX_FLAGGED an article, articles
 * in seeded random order, at most FLAGGED in all), then UNFLAGGED_CUE unflagged sentences with the broad
 * cue and UNFLAGGED_RANDOM at random. The whole round is held out (`split` "round4").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, loadEcbCorpus, loadFreshCorpus } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";
import { drawRound, storyHash } from "./draw-round.js";

const MAX_FLAGGED = 4;
const FLAGGED = 110;
const UNFLAGGED_CUE = 30;
const UNFLAGGED_RANDOM = 15;

const dir = import.meta.dirname;
const all = [...loadCorpus(), ...loadFreshCorpus(), ...loadEcbCorpus()];
const storyOf = new Map(all.map((a) => [a.key, a.story]));
const labelled = new Set<string>();
const auditedStories = new Set<string>();
for (const f of ["labels.jsonl", "labels-round2.jsonl", "labels-round3.jsonl", "audit.jsonl"]) {
  for (const line of readFileSync(join(dir, f), "utf8").trim().split("\n")) {
    const id = (JSON.parse(line) as { id: string }).id;
    labelled.add(id);
    const key = id.split("@")[0] ?? "";
    if (f === "audit.jsonl") auditedStories.add(storyOf.get(key) ?? key);
  }
}
const heldOut = all.filter((a) => storyHash(a.story) % 2 === 1 && !auditedStories.has(a.story));
const drawn = drawRound({ articles: heldOut, seed: 20261125 + 400, maxFlagged: 1000, unflaggedCue: UNFLAGGED_CUE * 2, unflaggedRandom: UNFLAGGED_RANDOM * 2 })
  .filter((c) => !labelled.has(c.id));
const rand = seededRandom(20261125 + 401);
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
for (const c of [...flagged, ...cue, ...random]) console.log(JSON.stringify({ ...c, split: "round4" }));
