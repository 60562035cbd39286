import { alignSentences } from "../compare/align-sentences.js";
import { findDisagreements } from "../compare/find-disagreements.js";
import { groupQuotes } from "../compare/group-quotes.js";
import { resolveEntities } from "../compare/resolve-entities.js";
import type { Options } from "../config/options.js";
import type { Rejected } from "../model/article.js";
import type { Briefing, SourceInfo } from "../model/briefing.js";
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

/** The stages made from the aligned facts besides the disagreements: the summary and the timeline. */
export interface FactSynthesis {
  readonly summary: SummarySentence[];
  readonly timeline: TimelineEvent[];
}

/** Summarize the facts and build the timeline. */
export function synthesizeFacts(docs: readonly Doc[], facts: readonly Fact[], options: Options): FactSynthesis {
  return { summary: summarizeFacts(facts, docs, options), timeline: buildTimeline(docs, facts, options) };
}

/**
 * A thread that holds the same Docs (see held-docs.ts) and already runs `compareSources` on them,
 * then `synthesizeFacts` once it has the facts, beside this thread. Undefined results mean it failed: the
 * stages then run here.
 */
export interface ComparisonBeside {
  sendFacts(facts: readonly Fact[]): void;
  sources(): SourceComparison | undefined;
  synthesis(): FactSynthesis | undefined;
}

/**
 * Compare analysed articles and synthesize the briefing. The one orchestrator of the compare and
 * synthesize stages: read top to bottom to see how a briefing is made. Every stage is a function of
 * its inputs (none changes them), so the order below is free; with `beside` (a big brief's analysis
 * thread, holding the same Docs), the longest chain (alignment, then disagreements) runs here and the
 * other stages there meanwhile. The briefing is the same either way.
 */
export function briefDocs(docs: readonly Doc[], options: Options, rejected: readonly Rejected[] = [], beside?: ComparisonBeside): Briefing {
  const facts = alignSentences(docs, options);
  beside?.sendFacts(facts);
  const { entities, quotes, framing } = beside?.sources() ?? compareSources(docs);
  const disagreements = findDisagreements(docs, facts, entities);
  const { summary, timeline } = beside?.synthesis() ?? synthesizeFacts(docs, facts, options);
  return {
    version: 1,
    sources: docs.map(describeSource),
    summary,
    facts,
    consensus: selectConsensus(facts, docs.length, options),
    unique: selectUnique(facts, docs.length),
    disagreements,
    quotes,
    entities,
    opinion: docs.flatMap((d) => d.opinion),
    framing,
    timeline,
    warnings: docs.flatMap((d) => d.warnings),
    rejected: [...rejected],
  };
}
