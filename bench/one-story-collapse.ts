/**
 * How many of the one-story bench articles (bench/lib/bench-corpus.ts oneStoryArticles) the brief's
 * syndicated-copy collapse keeps, and their size:
 *   node --import tsx bench/one-story-collapse.ts 500,2000
 */
import { collapseNearDuplicates } from "../src/ingest/near-duplicates.js";
import { oneStoryArticles } from "./lib/bench-corpus.js";

for (const n of (process.argv[2] ?? "500,2000").split(",").map(Number)) {
  const articles = oneStoryArticles(n);
  const kept = collapseNearDuplicates(articles).articles.length;
  const chars = articles.reduce((s, a) => s + a.body.length, 0);
  console.log(JSON.stringify({ articles: n, kept, keptShare: kept / n, chars, charsPerArticle: Math.round(chars / n) }));
}
