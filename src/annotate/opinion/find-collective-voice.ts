import type { SentenceView } from "./read-sentence-views.js";

/** The plural first person outside quotation marks: "we", "our", "us". */
const PLURAL = /(?<![\p{L}\p{N}])(?:[Ww]e|[Ww]e(?:'|’)(?:re|ve|ll|d)|[Oo]ur|[Oo]urs|[Uu]s|[Oo]urselves)(?![\p{L}\p{N}])/u;
/** The singular first person: "I", "me", "my". */
const SINGULAR = /(?<![\p{L}\p{N}])(?:I|I(?:'|’)(?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}\p{N}])/u;
/** At least this many own-voice sentences in the plural ... */
const MIN_PLURAL = 3;
/** ... and at least this many times as many as in the singular. */
const PLURAL_RATIO = 2;

/**
 * Whether the text speaks mostly as "we": a studio's statement ("At Universal we have had franchises
 * ..., and although we take great pride ..."), a fundraiser's page ("We are fully funded ... you have
 * given us enough"), a research paper ("we interpret the phalanges as ..."), a speaker's prepared
 * remarks printed whole. A columnist says "I" and, now and then, "we"; a text whose own-voice
 * sentences say "we" at least MIN_PLURAL times and PLURAL_RATIO times as often as "I" is an
 * organisation's or a speaker's own words, carried by the outlet, not the outlet's opinion. The cost:
 * an editorial in the newsroom's "we" is missed (precision first).
 * @example findCollectiveVoice(views) // "speaks as \"we\" in 6 sentences and as \"I\" in 1"
 */
export function findCollectiveVoice(views: readonly SentenceView[]): string | undefined {
  let plural = 0;
  let singular = 0;
  for (const v of views) {
    if (v.attribution || v.boilerplate) continue;
    if (PLURAL.test(v.own)) plural++;
    if (SINGULAR.test(v.own)) singular++;
  }
  if (plural < MIN_PLURAL || plural < PLURAL_RATIO * singular) return undefined;
  return `speaks as "we" in ${plural} sentences and as "I" in ${singular}`;
}
