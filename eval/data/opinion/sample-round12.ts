/**
 * How the twelfth labelling round was drawn (run once with the opinion rules frozen at the commit named in
 * docs/readme/opinion-and-timeline.md; kept for the record):
 * `node --import tsx eval/data/opinion/sample-round12.ts > draft.jsonl`.
 *
 * The next unread articles of the hyperpartisan corpus in file order after part 5: 0000242-0000272 (up to
 * part 2's first article) and 0000331-0000413 (after part 2's last), less 4 pages over 10,000 characters
 * left out before any drawing (corpus-hyperpartisan/articles-part6, 110 articles; see SOURCE.md). From
 * those, `drawUnreadRound` (draw-round.ts) takes every flagged sentence (at most 4 an article) and the
 * unflagged ones as the plan below says (`split` "round12"), as rounds 8-11 did; they were labelled
 * shuffled, with their neighbours, without their pool or kind.
 */
import { loadHyperpartisanCorpus } from "../../opinion-corpus.js";
import { drawUnreadRound } from "./draw-round.js";
import { readSentencesReadBefore } from "./read-so-far.js";

/** Part 6's articles: the two runs of ids it holds (part 2 holds 0000273-0000330). */
function inPart6(key: string): boolean {
  return (key >= "hyperpartisan:0000242" && key <= "hyperpartisan:0000272") || (key >= "hyperpartisan:0000331" && key <= "hyperpartisan:0000413");
}

const round = drawUnreadRound({
  split: "round12",
  articles: loadHyperpartisanCorpus().filter((a) => inPart6(a.key)),
  read: readSentencesReadBefore(12),
  seed: 20261125 + 1200,
  maxFlaggedPerArticle: 4,
  maxFlagged: 80,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
