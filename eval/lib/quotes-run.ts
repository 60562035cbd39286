import { annotateEntities } from "../../src/annotate/entities/index.js";
import { annotateQuotes } from "../../src/annotate/quotes/index.js";
import { normalizeOptions } from "../../src/config/options.js";
import type { Doc } from "../../src/model/doc.js";
import { segmentDoc } from "../../src/pipeline/analyze-article.js";
import { loadPolnear } from "./quotes-gold.js";
import { type QuoteScore, scoreArticle } from "./quotes-score.js";

/**
 * Run the entity and quote stages over PolNeAR articles in `dir` (raw text, no cleaning, so gold
 * offsets stay valid) and score them.
 */
export function scorePolnear(dir: string, limit = Infinity): { score: QuoteScore; articles: number; ms: number } {
  const options = normalizeOptions();
  const articles = loadPolnear(dir, limit);
  const score: QuoteScore = { system: 0, systemCorrect: 0, gold: 0, goldFound: 0, withSource: 0, speakerCorrect: 0, speakerUnknown: 0, errors: [] };
  const t0 = performance.now();
  for (const a of articles) {
    let doc: Doc = segmentDoc({ id: a.name, path: a.name, title: "", text: a.text, dropped: [] });
    doc = annotateQuotes(annotateEntities(doc, options), options);
    scoreArticle(a, doc.quotes, score);
  }
  return { score, articles: articles.length, ms: performance.now() - t0 };
}
