import { normalizeOptions, type Options } from "../config/options.js";
import { collapseNearDuplicates } from "../ingest/near-duplicates.js";
import type { RawArticle, Rejected } from "../model/article.js";
import type { Briefing } from "../model/briefing.js";
import type { Doc } from "../model/doc.js";
import { startAnalysisThreads } from "./analysis-pool.js";
import { analyzeBatch, bigEnoughForThreads, defaultThreads } from "./analyze-articles.js";
import { briefDocs } from "./brief-docs.js";
import { compareBeside, releaseDocs } from "./held-docs.js";

/**
 * Brief raw articles already in memory. Syndicated copies (near-identical texts) collapse into one
 * source that lists the others in `alsoCarriedBy`, so a wire story carried by five sites counts once.
 * A big brief uses analysis threads (see analyze-articles.ts): they start before the copies are
 * collapsed (loading their models meanwhile), and the first one keeps the Docs to run comparison
 * stages beside this thread (brief-docs.ts). The briefing is the same with or without them.
 * @example briefArticles([{ id: "a", path: "a.txt", body: "Text." }]).sources.length === 1
 */
export function briefArticles(
  articles: readonly RawArticle[],
  options: Options = normalizeOptions(),
  rejected: readonly Rejected[] = [],
): Briefing {
  const threads = bigEnoughForThreads(articles) ? defaultThreads() : 0;
  startAnalysisThreads(threads);
  const { articles: distinct, collapsed } = collapseNearDuplicates(articles);
  const { docs: analyzed, held } = analyzeBatch(distinct, options, { threads, hold: true });
  try {
    // An article whose every line was page furniture has nothing to brief: refuse it by name.
    const keep = analyzed.flatMap((d, i) => (d.sentences.length > 0 ? [i] : []));
    const docs = keep.map((i) => analyzed[i] as Doc);
    const empty = analyzed
      .filter((d) => d.sentences.length === 0)
      .map((d) => ({ path: d.article.path, reason: "no article text left after cleaning (every line was page furniture)" }));
    const briefing = briefDocs(docs, options, [...rejected, ...empty], held && compareBeside(held, keep, options));
    for (const c of collapsed) {
      briefing.warnings.push({
        stage: "ingest",
        rule: "near-duplicate",
        source: c.kept,
        reason: `${c.dropped} is a copy of ${c.kept} (Jaccard ${c.jaccard.toFixed(2)}); counted once, listed under "also carried by"`,
      });
    }
    return briefing;
  } finally {
    if (held) releaseDocs(held);
  }
}
