import { normalizeOptions, type Options } from "../config/options.js";
import { briefArticles, inspectArticle } from "../index.js";
import type { RawArticle, Rejected } from "../model/article.js";
import type { Briefing } from "../model/briefing.js";
import { type DocJson, docToJson } from "../render/inspect.js";
import { briefStoryArticles } from "../stream/brief-story.js";

/**
 * The analysis one API request needs: a briefing of posted articles, of a stored story's articles
 * (copies already linked by the store), or what Parallax made of one article.
 */
export type AnalysisRequest =
  | { kind: "brief"; articles: RawArticle[]; options: Options; rejected: Rejected[] }
  | { kind: "story"; articles: RawArticle[]; options: Options }
  | { kind: "inspect"; article: RawArticle; options: Options };

/** Run one request in this thread (the worker thread calls it too). Results are plain, cloneable data. */
export function runAnalysis(request: AnalysisRequest): Briefing | DocJson {
  const options = normalizeOptions(request.options);
  switch (request.kind) {
    case "brief":
      return briefArticles(request.articles, options, request.rejected);
    case "story":
      return briefStoryArticles(request.articles, options);
    case "inspect":
      return docToJson(inspectArticle(request.article, options));
  }
}
