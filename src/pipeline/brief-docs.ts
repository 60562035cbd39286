import { alignSentences } from "../compare/align-sentences.js";
import { findDisagreements } from "../compare/find-disagreements.js";
import { groupQuotes } from "../compare/group-quotes.js";
import { resolveEntities } from "../compare/resolve-entities.js";
import type { Options } from "../config/options.js";
import type { Rejected } from "../model/article.js";
import type { Briefing, SourceInfo } from "../model/briefing.js";
import type { Doc } from "../model/doc.js";
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

/**
 * Compare analysed articles and synthesize the briefing. The one orchestrator of the compare and
 * synthesize stages: read top to bottom to see how a briefing is made.
 */
export function briefDocs(docs: readonly Doc[], options: Options, rejected: readonly Rejected[] = []): Briefing {
  const facts = alignSentences(docs, options);
  const entities = resolveEntities(docs);
  const quotes = groupQuotes(docs, entities);
  const disagreements = findDisagreements(docs, facts, entities);
  return {
    version: 1,
    sources: docs.map(describeSource),
    summary: summarizeFacts(facts, docs, options),
    facts,
    consensus: selectConsensus(facts, docs.length, options),
    unique: selectUnique(facts, docs.length),
    disagreements,
    quotes,
    entities,
    opinion: docs.flatMap((d) => d.opinion),
    framing: compareFraming(docs),
    timeline: buildTimeline(docs, facts, options),
    warnings: docs.flatMap((d) => d.warnings),
    rejected: [...rejected],
  };
}
