import { annotateEntities } from "../annotate/entities/index.js";
import { annotateOpinion } from "../annotate/opinion/index.js";
import { annotateQuotes } from "../annotate/quotes/index.js";
import { annotateValues } from "../annotate/values/index.js";
import { cleanArticle } from "../clean/clean-article.js";
import type { Options } from "../config/options.js";
import type { Article, RawArticle } from "../model/article.js";
import type { Doc, Stage } from "../model/doc.js";
import { segmentSentences } from "../segment/segment-sentences.js";

/** Annotators in order: each needs what the ones before it added. */
export const ANNOTATORS: ReadonlyArray<Stage<Options>> = [
  annotateEntities,
  annotateQuotes,
  annotateValues,
  annotateOpinion,
];

/**
 * A Doc over an article's (already clean) text: sentences and tokens, no annotations yet. Segment
 * warnings are placed on the article.
 * @example annotateQuotes(segmentDoc({ id: "t", path: "t.txt", title: "", text, dropped: [] }), options)
 */
export function segmentDoc(article: Article): Doc {
  const { sentences, tokens, warnings } = segmentSentences(article.text);
  const located = warnings.map((w) => ({ ...w, source: article.id }));
  return { article, sentences, tokens, entities: [], quotes: [], values: [], opinion: [], warnings: located };
}

/**
 * Clean, segment and annotate one article.
 * @example analyzeArticle({ id: "a", path: "a.txt", body: "Text." }, normalizeOptions())
 */
export function analyzeArticle(raw: RawArticle, options: Options): Doc {
  let doc = segmentDoc(cleanArticle(raw));
  for (const annotate of ANNOTATORS) doc = annotate(doc, options);
  return doc;
}
