/**
 * The pipeline of `briefArticles`, stage by stage with a clock around each: a bench-only copy of the
 * orchestration (pipeline/brief-articles.ts + analyze-article.ts + brief-docs.ts, in one thread: no
 * analysis thread, nothing compared beside) so that the library carries no timing code.
 */
import { cleanArticle } from "../../src/clean/clean-article.js";
import { alignSentences } from "../../src/compare/align-sentences.js";
import { findDisagreements } from "../../src/compare/find-disagreements.js";
import { groupQuotes } from "../../src/compare/group-quotes.js";
import { resolveEntities } from "../../src/compare/resolve-entities.js";
import type { Options } from "../../src/config/options.js";
import { collapseNearDuplicates } from "../../src/ingest/near-duplicates.js";
import type { RawArticle } from "../../src/model/article.js";
import type { Doc } from "../../src/model/doc.js";
import { ANNOTATORS } from "../../src/pipeline/analyze-article.js";
import { segmentSentences } from "../../src/segment/segment-sentences.js";
import { buildTimeline } from "../../src/synthesize/build-timeline.js";
import { compareFraming } from "../../src/synthesize/compare-framing.js";
import { selectConsensus, selectUnique } from "../../src/synthesize/select-facts.js";
import { summarizeFacts } from "../../src/synthesize/summarize-facts.js";

export interface StageTimes {
  /** stage name -> milliseconds, in pipeline order. */
  readonly ms: Map<string, number>;
  /** Largest heap seen at a stage boundary (bytes). */
  readonly peakHeap: number;
  readonly facts: number;
  /** Facts reported by more than one source. */
  readonly aligned: number;
}

/** Run the whole pipeline on `raws`, timing each stage. */
export function briefStaged(
  raws: readonly RawArticle[],
  options: Options,
  onStage: (ms: ReadonlyMap<string, number>) => void = () => {},
): StageTimes {
  const ms = new Map<string, number>();
  let peakHeap = 0;
  const time = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    ms.set(name, (ms.get(name) ?? 0) + performance.now() - t0);
    if (!perArticle) onStage(ms);
    return out;
  };
  let perArticle = true;
  const docs: Doc[] = [];
  // As briefArticles does: syndicated copies count once, and an article with no text left is refused.
  const distinct = time("collapseNearDuplicates", () => collapseNearDuplicates(raws).articles);
  for (const raw of distinct) {
    const article = time("clean", () => cleanArticle(raw));
    const { sentences, tokens } = time("segment (wink-nlp)", () => segmentSentences(article.text));
    let doc: Doc = { article, sentences, tokens, entities: [], quotes: [], values: [], opinion: [], warnings: [] };
    for (const annotate of ANNOTATORS) doc = time(annotate.name || "annotate", () => annotate(doc, options));
    if (doc.sentences.length > 0) docs.push(doc);
  }
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  perArticle = false;
  onStage(ms);
  // In brief-docs.ts's order: compareSources (what a thread holding the Docs runs beside the
  // alignment), then the fact stages (runFactStage: value and claim disagreements, summary, timeline),
  // which a big brief shares between this thread and the holding one.
  const facts = time("alignSentences", () => alignSentences(docs, options));
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const entities = time("resolveEntities", () => resolveEntities(docs));
  time("groupQuotes", () => groupQuotes(docs, entities));
  time("compareFraming", () => compareFraming(docs));
  time("findDisagreements", () => findDisagreements(docs, facts, entities));
  time("summarizeFacts", () => summarizeFacts(facts, docs, options));
  time("buildTimeline", () => buildTimeline(docs, facts, options));
  time("select consensus/unique", () => [selectConsensus(facts, docs.length, options), selectUnique(facts, docs.length)]);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  return { ms, peakHeap, facts: facts.length, aligned: facts.filter((f) => f.sources.length > 1).length };
}
