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
 * sentence already labelled. From those, `drawUnreadRound` (draw-round.ts) takes the flagged
 * sentences and the unflagged ones as the plan below says. The whole round is held out (`split` "round4").
 */
import { drawUnreadRound, loadAllArticles, storyHash } from "./draw-round.js";
import { readAuditedStories, readSentencesReadBefore } from "./read-so-far.js";

const all = loadAllArticles();
const audited = readAuditedStories(all);
const round = drawUnreadRound({
  split: "round4",
  articles: all.filter((a) => storyHash(a.story) % 2 === 1 && !audited.has(a.story)),
  read: readSentencesReadBefore(4),
  seed: 20261125 + 400,
  maxFlaggedPerArticle: 4,
  maxFlagged: 110,
  unflaggedCue: 30,
  unflaggedRandom: 15,
});
for (const c of round) console.log(JSON.stringify(c));
