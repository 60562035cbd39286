/**
 * Parallax's library API: the CLI, the server and the page all call these.
 * @example
 * const briefing = await briefFiles(["examples/alaska-summit"]);
 * console.log(renderMarkdown(briefing));
 */
import { normalizeOptions, type Options } from "./config/options.js";
import { defaultIngestEffects, type IngestEffects } from "./ingest/effects.js";
import { loadInputs } from "./ingest/load-inputs.js";
import { collapseNearDuplicates } from "./ingest/near-duplicates.js";
import type { RawArticle, Rejected } from "./model/article.js";
import type { Briefing } from "./model/briefing.js";
import type { Doc } from "./model/doc.js";
import { analyzeArticle } from "./pipeline/analyze-article.js";
import { analyzeArticles } from "./pipeline/analyze-articles.js";
import { briefDocs } from "./pipeline/brief-docs.js";

export * from "./model/index.js";
export { normalizeOptions, type Options } from "./config/options.js";
export { loadInputs } from "./ingest/load-inputs.js";
export { analyzeArticle } from "./pipeline/analyze-article.js";
export { briefDocs } from "./pipeline/brief-docs.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderHtml } from "./render/html.js";
export { renderJson } from "./render/json.js";
export { openStore, type Store } from "./store/open-store.js";
export { ingestArticles, type IngestSummary } from "./stream/ingest-articles.js";
export { briefStory } from "./stream/brief-story.js";

/**
 * Brief raw articles already in memory. Syndicated copies (near-identical texts) collapse into one
 * source that lists the others in `alsoCarriedBy`, so a wire story carried by five sites counts once.
 */
export function briefArticles(
  articles: readonly RawArticle[],
  options: Options = normalizeOptions(),
  rejected: readonly Rejected[] = [],
): Briefing {
  const { articles: distinct, collapsed } = collapseNearDuplicates(articles);
  const analyzed: Doc[] = analyzeArticles(distinct, options);
  // An article whose every line was page furniture has nothing to brief: refuse it by name.
  const docs = analyzed.filter((d) => d.sentences.length > 0);
  const empty = analyzed
    .filter((d) => d.sentences.length === 0)
    .map((d) => ({ path: d.article.path, reason: "no article text left after cleaning (every line was page furniture)" }));
  const briefing = briefDocs(docs, options, [...rejected, ...empty]);
  for (const c of collapsed) {
    briefing.warnings.push({
      stage: "ingest",
      rule: "near-duplicate",
      source: c.kept,
      reason: `${c.dropped} is a copy of ${c.kept} (Jaccard ${c.jaccard.toFixed(2)}); counted once, listed under "also carried by"`,
    });
  }
  return briefing;
}

/** Read files, folders, URLs or `-` and brief them; unusable inputs are listed in `rejected`. */
export async function briefFiles(
  inputs: readonly string[],
  options: Options = normalizeOptions(),
  effects: IngestEffects = defaultIngestEffects,
): Promise<Briefing> {
  const { articles, rejected, warnings } = await loadInputs(inputs, options, effects);
  const briefing = briefArticles(articles, options, rejected);
  briefing.warnings.unshift(...warnings);
  return briefing;
}

/** What Parallax made of one article: cleaned text, dropped lines, sentences and annotations. */
export function inspectArticle(article: RawArticle, options: Options = normalizeOptions()): Doc {
  return analyzeArticle(article, options);
}
