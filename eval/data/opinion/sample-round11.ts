/**
 * How the eleventh labelling round was drawn (run once with the opinion rules as committed at 4671bd4:
 * the opinion rules as at 4e431f3, frozen since round 9, later commits speed-only; kept for the record):
 * `node --import tsx eval/data/opinion/sample-round11.ts > draft.jsonl`.
 *
 * A further unread part of the hyperpartisan corpus, the run of articles that follows part 4 in file
 * order: 0000148-0000241, less 9 pages over 10,000 characters left out before any drawing
 * (corpus-hyperpartisan/articles-part5, 85 articles; see SOURCE.md). From those, `drawUnreadRound`
 * (draw-round.ts) takes every flagged sentence (at most 4 an article) and the unflagged ones as the plan
 * below says (`split` "round11"), as rounds 8-10 did; they were labelled shuffled, with their neighbours,
 * without their pool or kind.
 */
import { loadHyperpartisanCorpus } from "../../opinion-corpus.js";
import { drawUnreadRound } from "./draw-round.js";
import { readSentencesReadBefore } from "./read-so-far.js";

const round = drawUnreadRound({
  split: "round11",
  articles: loadHyperpartisanCorpus().filter((a) => a.key >= "hyperpartisan:0000148" && a.key <= "hyperpartisan:0000241"),
  read: readSentencesReadBefore(11),
  seed: 20261125 + 1100,
  maxFlaggedPerArticle: 4,
  maxFlagged: 80,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
