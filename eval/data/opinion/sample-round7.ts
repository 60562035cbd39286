/**
 * How the seventh labelling round was drawn (run once at commit 8da5297, whose marks are those of
 * f70c162, with the rules frozen; kept for the record): `node --import tsx eval/data/opinion/sample-round7.ts > draft.jsonl`.
 *
 * The last unread flagged sentences of the shared corpora: articles of dev-side stories that had a
 * precision audit (an audit judged at most two flagged sentences an article, in an earlier session;
 * rules were tuned on those), leaving out rounds 4-6's articles and every sentence already labelled or
 * judged. No rule changed between round 6 and this round, so the two measure the same rules. From
 * those, `drawUnreadRound` (draw-round.ts) takes the flagged sentences and the unflagged ones as the
 * plan below says (`split` "round7").
 */
import { drawUnreadRound, loadAllArticles, storyHash } from "./draw-round.js";
import { readArticlesOfRounds, readAuditedStories, readSentencesReadBefore } from "./read-so-far.js";

const all = loadAllArticles();
const audited = readAuditedStories(all);
const rounds4to6 = readArticlesOfRounds([4, 5, 6]);
const round = drawUnreadRound({
  split: "round7",
  articles: all.filter((a) => storyHash(a.story) % 2 === 0 && audited.has(a.story) && !rounds4to6.has(a.key)),
  read: readSentencesReadBefore(7),
  seed: 20261125 + 700,
  maxFlaggedPerArticle: 4,
  maxFlagged: 60,
  unflaggedCue: 10,
  unflaggedRandom: 5,
});
for (const c of round) console.log(JSON.stringify(c));
