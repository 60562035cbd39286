/**
 * How the ninth labelling round was drawn (run once at commit 4e431f3, with the rules frozen after the
 * changes for rounds 4-8; kept for the record): `node --import tsx eval/data/opinion/sample-round9.ts > draft.jsonl`.
 *
 * Parts of the hyperpartisan corpus nobody had read and no rule was changed for: articles 0000273 to
 * 0000330 (corpus-hyperpartisan/articles-part2: the first article starting after the middle of the
 * source file and the ones after it), 0000445-0000460 and 0000562-0000570 (articles-part3, added
 * before labelling because part 2 alone gave 5 flagged sentences; see SOURCE.md). From those, `drawUnreadRound` (draw-round.ts)
 * takes every flagged sentence (at most 4 an article) and the unflagged ones as the plan below says
 * (`split` "round9"). As in round 8, the drafts were shown to the labeller shuffled, without their
 * pool or kind.
 */
import { loadHyperpartisanCorpus } from "../../opinion-corpus.js";
import { drawUnreadRound } from "./draw-round.js";
import { readSentencesReadBefore } from "./read-so-far.js";

const round = drawUnreadRound({
  split: "round9",
  articles: loadHyperpartisanCorpus().filter((a) => (a.key >= "hyperpartisan:0000273" && a.key <= "hyperpartisan:0000330") || (a.key >= "hyperpartisan:0000445" && a.key <= "hyperpartisan:0000460") || (a.key >= "hyperpartisan:0000562" && a.key <= "hyperpartisan:0000570")),
  read: readSentencesReadBefore(9),
  seed: 20261125 + 900,
  maxFlaggedPerArticle: 4,
  maxFlagged: 80,
  unflaggedCue: 20,
  unflaggedRandom: 10,
});
for (const c of round) console.log(JSON.stringify(c));
