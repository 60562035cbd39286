// The page reads the same Briefing JSON the CLI writes (`--format json`); types only, no zod in the bundle.
export type { Briefing, SourceInfo } from "../../src/model/briefing.js";
export type { Citation } from "../../src/model/span.js";
export type { Disagreement } from "../../src/model/disagreement.js";
export type { Fact, SummarySentence } from "../../src/model/fact.js";
export type { Quote } from "../../src/model/quote.js";
export type { Entity } from "../../src/model/entity.js";
export type { OpinionMark, Framing } from "../../src/model/opinion.js";
export type { TimelineEvent } from "../../src/model/timeline.js";
