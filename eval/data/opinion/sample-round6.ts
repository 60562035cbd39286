/**
 * How the sixth labelling round was drawn (run once at commit f70c162, with the rules frozen before
 * the round was labelled; kept for the record): `node --import tsx eval/data/opinion/sample-round6.ts > draft.jsonl`.
 *
 * Rounds 4 and 5 used up the held-out side's unread flagged sentences, and rules were then changed for
 * their errors, so the claim for the rules at f70c162 needs sentences nobody has read. What is left are
 * the dev side's never-labelled sentences: articles whose story hashes to "dev" and had no precision
 * audit, leaving out every sentence already labelled. Their other sentences were labelled, and rules
 * were tuned on those labels, so this round is weaker evidence than a fresh corpus: its sentences are
 * unread, its articles are not. From those, `drawUnreadRound` (draw-round.ts) takes the flagged
 * sentences and the unflagged ones as the plan below says (`split` "round6").
 */
import { drawUnreadRound, loadAllArticles, storyHash } from "./draw-round.js";
import { readAuditedStories, readSentencesReadBefore } from "./read-so-far.js";

const all = loadAllArticles();
const audited = readAuditedStories(all);
const round = drawUnreadRound({
  split: "round6",
  articles: all.filter((a) => storyHash(a.story) % 2 === 0 && !audited.has(a.story)),
  read: readSentencesReadBefore(6),
  seed: 20261125 + 600,
  maxFlaggedPerArticle: 3,
  maxFlagged: 80,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
