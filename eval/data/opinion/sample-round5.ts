/**
 * How the fifth labelling round was drawn (run once at commit 4a283fe, with the rules frozen before the
 * round was labelled; kept for the record): `node --import tsx eval/data/opinion/sample-round5.ts > draft.jsonl`.
 *
 * Round 4 was labelled at 8b47761; two changes followed from its errors (credited excerpts, the ECB+
 * loader's single quotes), so the claim for the rules after them needs text neither rounds 1-4 nor
 * those changes saw. What is left on the held-out side: articles whose story hashes to "test" and
 * had a precision audit (audits judged at most two flagged sentences an article; the rest were never
 * read), leaving out round 4's articles and every sentence already labelled or judged. From those,
 * `drawUnreadRound` (draw-round.ts) takes the flagged sentences and the unflagged ones as the plan below
 * says. The whole round is held out (`split` "round5").
 */
import { drawUnreadRound, loadAllArticles, storyHash } from "./draw-round.js";
import { readArticlesOfRounds, readAuditedStories, readSentencesReadBefore } from "./read-so-far.js";

const all = loadAllArticles();
const audited = readAuditedStories(all);
const round4 = readArticlesOfRounds([4]);
const round = drawUnreadRound({
  split: "round5",
  articles: all.filter((a) => storyHash(a.story) % 2 === 1 && audited.has(a.story) && !round4.has(a.key)),
  read: readSentencesReadBefore(5),
  seed: 20261125 + 500,
  maxFlaggedPerArticle: 4,
  maxFlagged: 90,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
