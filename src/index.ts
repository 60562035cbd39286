/**
 * Parallax's library API: the CLI, the server and the page all call these.
 * @example
 * const briefing = await briefFiles(["examples/alaska-summit"]);
 * console.log(renderMarkdown(briefing));
 */
import { normalizeOptions, type Options } from "./config/options.js";
import { defaultIngestEffects, type IngestEffects } from "./ingest/effects.js";
import { loadInputs } from "./ingest/load-inputs.js";
import type { RawArticle } from "./model/article.js";
import type { Briefing } from "./model/briefing.js";
import type { Doc } from "./model/doc.js";
import { analyzeArticle } from "./pipeline/analyze-article.js";
import { briefArticles } from "./pipeline/brief-articles.js";

export { normalizeOptions, type Options } from "./config/options.js";
export { extractArticle } from "./ingest/html/extract-article.js";
export { loadInputs } from "./ingest/load-inputs.js";
export * from "./model/index.js";
export { analyzeArticle } from "./pipeline/analyze-article.js";
export { briefArticles } from "./pipeline/brief-articles.js";
export { briefDocs } from "./pipeline/brief-docs.js";
export { renderHtml } from "./render/html.js";
export { renderJson } from "./render/json.js";
export { renderMarkdown } from "./render/markdown.js";
export { openStore, type Store } from "./store/open-store.js";
export { briefStory } from "./stream/brief-story.js";
export { type IngestSummary, ingestArticles } from "./stream/ingest-articles.js";

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
