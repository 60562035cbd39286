/**
 * How the tenth labelling round was drawn (run once with the opinion rules as at 4e431f3, frozen after the
 * changes for rounds 4-8; kept for the record): `node --import tsx eval/data/opinion/sample-round9.ts > draft.jsonl`.
 *
 * A further unread part of the hyperpartisan corpus, with the same frozen rules as round 9 (no rule
 * changed in between; drawn at the commit that adds this file): articles 0000132-0000146 (0000144 left out for its length)
 * (corpus-hyperpartisan/articles-part4, a run of opinion blogs; see SOURCE.md). From those,
 * `drawUnreadRound` (draw-round.ts) takes every flagged sentence (at most 4 an article) and the
 * unflagged ones as the plan below says (`split` "round10"), shown to the labeller shuffled, without
 * their pool or kind.
 */
import { loadHyperpartisanCorpus } from "../../opinion-corpus.js";
import { drawUnreadRound } from "./draw-round.js";
import { readSentencesReadBefore } from "./read-so-far.js";

const round = drawUnreadRound({
  split: "round10",
  articles: loadHyperpartisanCorpus().filter((a) => a.key >= "hyperpartisan:0000132" && a.key <= "hyperpartisan:0000146"),
  read: readSentencesReadBefore(10),
  seed: 20261125 + 1000,
  maxFlaggedPerArticle: 4,
  maxFlagged: 80,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
