/**
 * How the third labelling round was drawn (run once, at commit c85c9da with the rules frozen, after
 * the rule changes tuned on the first two rounds' dev split and before any change for this round; kept
 * for the record): `node --import tsx eval/data/opinion/sample-ecb.ts > draft.jsonl`.
 * Articles: the ECB+ news documents (`loadEcbCorpus`), which no rule was written on. From each article
 * every sentence the rules flag (at most MAX_FLAGGED, drawn at random), then, across all articles,
 * UNFLAGGED_CUE unflagged sentences with a broad surface cue and UNFLAGGED_RANDOM at random. Each ECB+
 * sub-topic (one news event) goes wholly to "dev" or "test" by the hash of the first round.
 */
import { loadEcbCorpus } from "../../opinion-corpus.js";
import { drawRound } from "./draw-round.js";

const round = drawRound({ articles: loadEcbCorpus(), seed: 20261125 + 300, maxFlagged: 2, unflaggedCue: 40, unflaggedRandom: 20 });
for (const c of round) console.log(JSON.stringify(c));
