import type { OpinionMark } from "../../../model/opinion.js";
import { WEAK_STANCE } from "../lexicon/stance-markers.js";
import { SPEAKER_VOICE, type SentenceView } from "../read-sentence-views.js";
import type { SentenceFinding } from "./sentence-rule.js";

/** At least this many sentences of the closing run must be marked by a sentence rule. */
const MIN_STRONG = 2;
/** Share of the run's own-voice sentences that must carry some cue of the writer's. */
const MIN_CUED_SHARE = 0.6;

/**
 * A column appended to a news report: the last sentences switch from reporting to the writer's
 * commentary ("Depending on your perspective, the best news ... is", "If you don't trust ..., you can
 * feel reassured", "But inherent in that statement is ..."). Sentences inside such a closing run that
 * no sentence rule marked, but that speak in the writer's voice and carry a weak cue of their own,
 * are marked "analysis"; attributed ones (quotes, "X said") and plain facts stay reporting.
 *
 * The run starts at the earliest cued sentence such that from there to the end at least MIN_STRONG
 * sentences were marked and MIN_CUED_SHARE of the own-voice sentences carry a cue.
 */
export function markClosingColumn(
  views: readonly SentenceView[],
  findings: ReadonlyArray<SentenceFinding | undefined>,
): Array<{ view: SentenceView; finding: SentenceFinding }> {
  const own = (v: SentenceView) => !v.attribution && !v.boilerplate;
  const weak = (v: SentenceView) => own(v) && WEAK_STANCE.some((m) => m.pattern.test(v.own));
  let best = -1;
  let strong = 0;
  let cued = 0;
  let voiced = 0;
  for (let i = views.length - 1; i >= 0; i--) {
    const v = views[i];
    if (!v) continue;
    const isStrong = own(v) && Boolean(findings[i]);
    const isCued = isStrong || weak(v);
    if (own(v)) voiced++;
    if (isStrong) strong++;
    if (isCued) cued++;
    if (isCued && strong >= MIN_STRONG && cued / voiced >= MIN_CUED_SHARE) best = i;
    // A long stretch of plain reporting ends any chance of a closing column further up.
    if (voiced >= 4 && cued / voiced < 0.34) break;
  }
  if (best < 0) return [];
  const out: Array<{ view: SentenceView; finding: SentenceFinding }> = [];
  const runLength = views.length - best;
  for (let i = best; i < views.length; i++) {
    const v = views[i];
    if (!v || !own(v) || findings[i]) continue;
    // "State-of-the-art new technology.", "Last week, news broke that ...": a fragment or a past-tense
    // narration without the writer's person is more often the report going on than commentary.
    if (v.hasVerb === false || v.answered || (v.pastTense && !SPEAKER_VOICE.test(v.own))) continue;
    // "The clinic also focuses on prevention.", "Mr. Park is the party's candidate for mayor.": a
    // sentence of the run is the writer's commentary only with a cue of its own (an evaluative word,
    // an intensifier, a hedge, a prescription, the writer's "we", an exclamation); plain facts and an
    // author's line at the end of a column stay reporting.
    if (!weak(v)) continue;
    const kind: OpinionMark["kind"] = "analysis";
    out.push({ view: v, finding: { kind, reason: `the writer's commentary: part of a closing run of ${runLength} sentences in the writer's own voice` } });
  }
  return out;
}
