import { normalizeOptions, type Options } from "../config/options.js";
import { briefArticles, inspectArticle } from "../index.js";
import type { RawArticle, Rejected } from "../model/article.js";
import type { Briefing } from "../model/briefing.js";
import { type DocJson, docToJson } from "../render/inspect.js";

/** The analysis one API request needs: a briefing of articles, or what Parallax made of one article. */
export type AnalysisRequest =
  | { kind: "brief"; articles: RawArticle[]; options: Options; rejected: Rejected[] }
  | { kind: "inspect"; article: RawArticle; options: Options };

/** Run one request in this thread (the worker thread calls it too). Results are plain, cloneable data. */
export function runAnalysis(request: AnalysisRequest): Briefing | DocJson {
  const options = normalizeOptions(request.options);
  return request.kind === "brief"
    ? briefArticles(request.articles, options, request.rejected)
    : docToJson(inspectArticle(request.article, options));
}
