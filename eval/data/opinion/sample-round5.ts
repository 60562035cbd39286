/**
 * How the fifth labelling round was drawn (run once at commit 4a283fe, with the rules frozen before the
 * round was labelled; kept for the record): `node --import tsx eval/data/opinion/sample-round5.ts > draft.jsonl`.
 *
 * Round 4 was labelled at 8b47761; two changes followed from its errors (credited excerpts, the ECB+
 * loader's single quotes), so the claim for the rules after them needs text neither rounds 1-4 nor
 * those changes saw. What is left on the held-out side: articles whose story hashes to "test" and
 * had a precision audit (audits judged at most two flagged sentences an article; the rest were never
 * read), leaving out round 4's articles and every sentence already labelled or judged. From those: the
 * flagged sentences (at most MAX_FLAGGED an article, articles in seeded random order, at most FLAGGED in
 * all), then UNFLAGGED_CUE unflagged sentences with the broad cue and UNFLAGGED_RANDOM at random. The
 * whole round is held out (`split` "round5").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus, loadEcbCorpus, loadFreshCorpus } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";
import { drawRound, storyHash } from "./draw-round.js";

const MAX_FLAGGED = 4;
const FLAGGED = 90;
const UNFLAGGED_CUE = 20;
const UNFLAGGED_RANDOM = 10;

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
const round4 = new Set(readFileSync(join(dir, "labels-round4.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id.split("@")[0] ?? ""));
for (const line of readFileSync(join(dir, "labels-round4.jsonl"), "utf8").trim().split("\n")) labelled.add((JSON.parse(line) as { id: string }).id);
const heldOut = all.filter((a) => storyHash(a.story) % 2 === 1 && auditedStories.has(a.story) && !round4.has(a.key));
const drawn = drawRound({ articles: heldOut, seed: 20261125 + 500, maxFlagged: 1000, unflaggedCue: UNFLAGGED_CUE * 2, unflaggedRandom: UNFLAGGED_RANDOM * 2 })
  .filter((c) => !labelled.has(c.id));
const rand = seededRandom(20261125 + 501);
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
for (const c of [...flagged, ...cue, ...random]) console.log(JSON.stringify({ ...c, split: "round5" }));
