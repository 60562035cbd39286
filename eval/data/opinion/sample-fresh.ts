/**
 * How the second labelling round was drawn (run once, at commit d11aad9 with the rules frozen, before
 * any rule of this round was written; kept for the record):
 * `node --import tsx eval/data/opinion/sample-fresh.ts > draft.jsonl`.
 * Articles come from corpora the rules were never written on (`loadFreshCorpus`: PolNeAR dev and the
 * Zyte benchmark's article bodies). From each article every sentence the rules flag is taken (at most
 * MAX_FLAGGED, drawn at random), so that precision rests on many flagged sentences; then, across all
 * articles, UNFLAGGED_CUE sentences the rules do not flag among those with a broad surface cue (the cue
 * of the first round) and UNFLAGGED_RANDOM uniformly at random, so that recall and hard negatives are
 * measured too. Each article goes wholly to "dev" or "test" by the hash of the first round.
 * The draw was made before `loadFreshCorpus` left out the pages ingest rejects as not English; the 12
 * drawn sentences of such pages (Portuguese, Russian, German) were then removed from the labels, so
 * running this script again draws a different set.
 */
import { loadFreshCorpus } from "../../opinion-corpus.js";
import { drawRound } from "./draw-round.js";

const round = drawRound({ articles: loadFreshCorpus(), seed: 20261125 + 100, maxFlagged: 3, unflaggedCue: 70, unflaggedRandom: 50 });
for (const c of round) console.log(JSON.stringify(c));
