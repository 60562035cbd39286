/**
 * How the thirteenth labelling round was drawn (run once with the opinion rules as committed at 939c4d1,
 * unchanged in behaviour since 8446656; see docs/readme/opinion-and-timeline.md; kept for the record):
 * `node --import tsx eval/data/opinion/sample-round13.ts > draft.jsonl`.
 *
 * The next unread articles of the hyperpartisan corpus in file order after part 6: 0000414-0000444 (up to
 * part 3's first article) and 0000461-0000534 (after part 3's first run), less 5 pages left out before any
 * drawing (corpus-hyperpartisan/articles-part7, 101 articles; see SOURCE.md). From those,
 * `drawUnreadRound` (draw-round.ts) takes every flagged sentence (at most 4 an article) and the unflagged
 * ones as the plan below says (`split` "round13"), as rounds 8-12 did; they were labelled shuffled, with
 * their neighbours, without their pool or kind.
 */
import { loadHyperpartisanCorpus } from "../../opinion-corpus.js";
import { drawUnreadRound } from "./draw-round.js";
import { readSentencesReadBefore } from "./read-so-far.js";

/** Part 7's articles: the two runs of ids it holds (part 3 holds 0000445-0000460). */
function inPart7(key: string): boolean {
  return (key >= "hyperpartisan:0000414" && key <= "hyperpartisan:0000444") || (key >= "hyperpartisan:0000461" && key <= "hyperpartisan:0000534");
}

const round = drawUnreadRound({
  split: "round13",
  articles: loadHyperpartisanCorpus().filter((a) => inPart7(a.key)),
  read: readSentencesReadBefore(13),
  seed: 20261125 + 1300,
  maxFlaggedPerArticle: 4,
  maxFlagged: 80,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
