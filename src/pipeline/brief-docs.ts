import { alignSentences } from "../compare/align-sentences.js";
import { type ClaimFindings, findClaimDisagreements, findDisagreements, findValueDisagreements } from "../compare/find-disagreements.js";
import { groupQuotes } from "../compare/group-quotes.js";
import { resolveEntities } from "../compare/resolve-entities.js";
import type { Options } from "../config/options.js";
import type { Rejected } from "../model/article.js";
import type { Briefing, SourceInfo } from "../model/briefing.js";
import type { Disagreement } from "../model/disagreement.js";
import type { Doc } from "../model/doc.js";
import type { Entity } from "../model/entity.js";
import type { Fact, SummarySentence } from "../model/fact.js";
import type { Framing } from "../model/opinion.js";
import type { Quote } from "../model/quote.js";
import type { TimelineEvent } from "../model/timeline.js";
import { buildTimeline } from "../synthesize/build-timeline.js";
import { compareFraming } from "../synthesize/compare-framing.js";
import { selectConsensus, selectUnique } from "../synthesize/select-facts.js";
import { summarizeFacts } from "../synthesize/summarize-facts.js";

function describeSource(doc: Doc): SourceInfo {
  const a = doc.article;
  return {
    id: a.id,
    path: a.path,
    title: a.title,
    ...(a.outlet ? { outlet: a.outlet } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.lang ? { lang: a.lang } : {}),
    ...(a.alsoCarriedBy?.length ? { alsoCarriedBy: a.alsoCarriedBy } : {}),
    sentences: doc.sentences.length,
    text: a.text,
    chars: a.text.length,
    dropped: a.dropped,
  };
}

/** The stages that need the Docs but no facts: entities across sources, quotes by speaker, framing. */
export interface SourceComparison {
  readonly entities: Entity[];
  readonly quotes: Quote[];
  readonly framing: Framing[];
}

/** Resolve entities, group quotes and compare framing. */
export function compareSources(docs: readonly Doc[]): SourceComparison {
  const entities = resolveEntities(docs);
  return { entities, quotes: groupQuotes(docs, entities), framing: compareFraming(docs) };
}

/** The result of each stage made from the aligned facts. */
export interface FactStageResults {
  values: Disagreement[];
  summary: SummarySentence[];
  claims: ClaimFindings;
  timeline: TimelineEvent[];
}

/**
 * The stages made from the aligned facts, each needing only the Docs, the facts and the options,
 * longest first (at 2,000 pooled articles ~1.1, 1.1, 0.65 and 0.55 s): each thread takes the next one
 * not taken when it is free, so the two finish together whatever the stages cost.
 */
export const FACT_STAGES = ["values", "summary", "claims", "timeline"] as const;
export type FactStage = (typeof FACT_STAGES)[number];

const RUN_FACT_STAGE: { readonly [S in FactStage]: (docs: readonly Doc[], facts: readonly Fact[], options: Options) => FactStageResults[S] } = {
  values: (docs, facts) => findValueDisagreements(docs, facts),
  summary: (docs, facts, options) => summarizeFacts(facts, docs, options),
  claims: (docs, facts) => findClaimDisagreements(docs, facts),
  timeline: (docs, facts, options) => buildTimeline(docs, facts, options),
};

/** Run one stage made from the facts. */
export function runFactStage<S extends FactStage>(stage: S, docs: readonly Doc[], facts: readonly Fact[], options: Options): FactStageResults[S] {
  return RUN_FACT_STAGE[stage](docs, facts, options);
}

/**
 * A thread that holds the same Docs (see held-docs.ts) and already runs `compareSources` on them,
 * then, once it has the facts, takes stages of FACT_STAGES in turn with this thread: `claim` takes
 * the next for this thread (an index past the end: none left). A result the thread does not give
 * (undefined: it failed) is computed here.
 */
export interface ComparisonBeside {
  sendFacts(facts: readonly Fact[]): void;
  claim(): number;
  sources(): SourceComparison | undefined;
  /** The result of the stage at index `k` when the thread took it. */
  stageResult(k: number): unknown;
}

/**
 * Compare analysed articles and synthesize the briefing. The one orchestrator of the compare and
 * synthesize stages: read top to bottom to see how a briefing is made. Every stage is a function of
 * its inputs (none changes them), so the order below is free; with `beside` (a big brief's analysis
 * thread, holding the same Docs), the alignment runs here and the source comparison there meanwhile,
 * then both threads share the stages made from the facts. The briefing is the same either way.
 */
export function briefDocs(docs: readonly Doc[], options: Options, rejected: readonly Rejected[] = [], beside?: ComparisonBeside): Briefing {
  const facts = alignSentences(docs, options);
  beside?.sendFacts(facts);
  const done = new Map<FactStage, unknown>();
  let next = 0;
  const claim = beside ? () => beside.claim() : () => next++;
  for (let k = claim(); k < FACT_STAGES.length; k = claim()) {
    const stage = FACT_STAGES[k] as FactStage;
    done.set(stage, runFactStage(stage, docs, facts, options));
  }
  const { entities, quotes, framing } = beside?.sources() ?? compareSources(docs);
  /** A stage's result: made here, else by the thread beside, else (it failed) made here now. */
  const result = <S extends FactStage>(stage: S): FactStageResults[S] => {
    if (!done.has(stage)) done.set(stage, beside?.stageResult(FACT_STAGES.indexOf(stage)) ?? runFactStage(stage, docs, facts, options));
    return done.get(stage) as FactStageResults[S];
  };
  const disagreements = findDisagreements(docs, facts, entities, { values: result("values"), claims: result("claims") });
  return {
    version: 1,
    sources: docs.map(describeSource),
    summary: result("summary"),
    facts,
    consensus: selectConsensus(facts, docs.length, options),
    unique: selectUnique(facts, docs.length),
    disagreements,
    quotes,
    entities,
    opinion: docs.flatMap((d) => d.opinion),
    framing,
    timeline: result("timeline"),
    warnings: docs.flatMap((d) => d.warnings),
    rejected: [...rejected],
  };
}
