/**
 * How the eighth labelling round was drawn (run once at commit 3cef973, whose opinion rules are those
 * of 8da5297, with the rules frozen; kept for the record): `node --import tsx eval/data/opinion/sample-round8.ts > draft.jsonl`.
 *
 * The first round on a corpus no rule was written on and nobody had read: the first part of the
 * SemEval-2019 hyperpartisan by-article articles (corpus-hyperpartisan/articles-part1, see its
 * SOURCE.md). From those, `drawUnreadRound` (draw-round.ts) takes every flagged sentence (at most 4 an
 * article) and the unflagged ones as the plan below says (`split` "round8"). The drafts were then shown
 * to the labeller shuffled, without their pool or kind, so each was labelled without seeing what the
 * rules did.
 */
import { loadHyperpartisanCorpus } from "../../opinion-corpus.js";
import { drawUnreadRound } from "./draw-round.js";
import { readSentencesReadBefore } from "./read-so-far.js";

const round = drawUnreadRound({
  split: "round8",
  articles: loadHyperpartisanCorpus().filter((a) => a.key <= "hyperpartisan:0000062"),
  read: readSentencesReadBefore(8),
  seed: 20261125 + 800,
  maxFlaggedPerArticle: 4,
  maxFlagged: 80,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
