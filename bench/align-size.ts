/**
 * Alignment and summary alone as the story grows (articles cleaned and segmented only, no
 * annotators): shows how the comparison owned by align/summary scales, apart from the rest.
 *   node --import tsx bench/align-size.ts 500,2000
 */
import { cleanArticle } from "../src/clean/clean-article.js";
import { alignSentences } from "../src/compare/align-sentences.js";
import { normalizeOptions } from "../src/config/options.js";
import type { Doc } from "../src/model/doc.js";
import { segmentSentences } from "../src/segment/segment-sentences.js";
import { summarizeFacts } from "../src/synthesize/summarize-facts.js";
import { loadBenchArticles } from "./lib/bench-corpus.js";

const options = normalizeOptions();
const cpuMs = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
console.log("| articles | sentences | align CPU (s) | summary CPU (s) | facts | aligned facts |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const n of (process.argv[2] ?? "500,2000").split(",").map(Number)) {
  const docs: Doc[] = loadBenchArticles(n).map((raw) => {
    const article = cleanArticle(raw);
    const { sentences, tokens } = segmentSentences(article.text);
    return { article, sentences, tokens, entities: [], quotes: [], values: [], opinion: [], warnings: [] };
  });
  let facts: ReturnType<typeof alignSentences> = [];
  const align = cpuMs(() => {
    facts = alignSentences(docs, options);
  });
  const summary = cpuMs(() => summarizeFacts(facts, docs, options));
  const sentences = docs.reduce((s, d) => s + d.sentences.length, 0);
  const aligned = facts.filter((f) => f.sources.length > 1).length;
  console.log(`| ${n} | ${sentences} | ${(align / 1000).toFixed(2)} | ${(summary / 1000).toFixed(2)} | ${facts.length} | ${aligned} |`);
}
