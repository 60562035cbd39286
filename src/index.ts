/**
 * Parallax's library API: the CLI, the server and the page all call these.
 * @example
 * const briefing = await briefFiles(["examples/alaska-summit"]);
 * console.log(renderMarkdown(briefing));
 */
import { normalizeOptions, type Options } from "./config/options.js";
import { defaultIngestEffects, type IngestEffects } from "./ingest/effects.js";
import { loadInputs } from "./ingest/load-inputs.js";
import type { RawArticle, Rejected } from "./model/article.js";
import type { Briefing } from "./model/briefing.js";
import type { Doc } from "./model/doc.js";
import { analyzeArticle } from "./pipeline/analyze-article.js";
import { briefDocs } from "./pipeline/brief-docs.js";

export * from "./model/index.js";
export { normalizeOptions, type Options } from "./config/options.js";
export { loadInputs } from "./ingest/load-inputs.js";
export { analyzeArticle } from "./pipeline/analyze-article.js";
export { briefDocs } from "./pipeline/brief-docs.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderHtml } from "./render/html.js";
export { renderJson } from "./render/json.js";

/** Brief raw articles already in memory. */
export function briefArticles(
  articles: readonly RawArticle[],
  options: Options = normalizeOptions(),
  rejected: readonly Rejected[] = [],
): Briefing {
  const docs: Doc[] = articles.map((a) => analyzeArticle(a, options));
  return briefDocs(docs, options, rejected);
}

/** Read files, folders, URLs or `-` and brief them; unusable inputs are listed in `rejected`. */
export async function briefFiles(
  inputs: readonly string[],
  options: Options = normalizeOptions(),
  effects: IngestEffects = defaultIngestEffects,
): Promise<Briefing> {
  const { articles, rejected } = await loadInputs(inputs, options, effects);
  return briefArticles(articles, options, rejected);
}

/** What Parallax made of one article: cleaned text, dropped lines, sentences and annotations. */
export function inspectArticle(article: RawArticle, options: Options = normalizeOptions()): Doc {
  return analyzeArticle(article, options);
}
