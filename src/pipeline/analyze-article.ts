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

/** An article's Doc, or the error analysing it raised. */
export type Analysed = { readonly doc: Doc; readonly error?: undefined } | { readonly doc?: undefined; readonly error: unknown };

/**
 * Analyse a few articles stage by stage: every one cleaned and segmented, then every one through each
 * annotator in turn, instead of each article through every stage: a stage's caches stay warm across
 * the block (chrono-node's most). Each Doc is `analyzeArticle`'s, as each stage reads only its own
 * article; an article whose stage fails goes through no later stage and comes back with its error.
 * @example analyzeBlock(raws.slice(0, 8), normalizeOptions())[0]?.doc
 */
export function analyzeBlock(raws: readonly RawArticle[], options: Options): Analysed[] {
  const out: Analysed[] = raws.map((raw) => {
    try {
      return { doc: segmentDoc(cleanArticle(raw)) };
    } catch (error) {
      return { error };
    }
  });
  for (const annotate of ANNOTATORS) {
    for (let i = 0; i < out.length; i++) {
      const doc = out[i]?.doc;
      if (!doc) continue;
      try {
        out[i] = { doc: annotate(doc, options) };
      } catch (error) {
        out[i] = { error };
      }
    }
  }
  return out;
}

