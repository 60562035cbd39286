/**
 * Alignment and summary alone as the story grows (articles cleaned and segmented only, no
 * annotators): shows how the comparison owned by align/summary scales, apart from the rest.
 *   node --import tsx bench/align-size.ts 500,2000 [--one-story] [--repeat 3]
 * `--one-story` aligns N distinct articles of one event (bench/lib/bench-corpus.ts oneStoryArticles)
 * instead of the pooled corpus, `--repeat k` aligns the same Docs k times (the first run is cold; the
 * column gives every run). The facts' SHA-256 (first 12 hex digits) is printed so two versions of the
 * alignment code can be compared on the same Docs.
 */
import { createHash } from "node:crypto";
import { cleanArticle } from "../src/clean/clean-article.js";
import { alignSentences } from "../src/compare/align-sentences.js";
import { normalizeOptions } from "../src/config/options.js";
import type { Doc } from "../src/model/doc.js";
import { segmentSentences } from "../src/segment/segment-sentences.js";
import { summarizeFacts } from "../src/synthesize/summarize-facts.js";
import { loadBenchArticles, oneStoryArticles } from "./lib/bench-corpus.js";

const options = normalizeOptions();
const oneStory = process.argv.includes("--one-story");
const repeatAt = process.argv.indexOf("--repeat");
const repeat = repeatAt > 0 ? Math.max(1, Number(process.argv[repeatAt + 1])) : 1;
const cpuMs = (f: () => void) => {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
console.log("| articles | sentences | align CPU (s) | summary CPU (s) | facts | aligned facts | facts SHA-256 |");
console.log("|---:|---:|---:|---:|---:|---:|---|");
for (const n of (process.argv[2] ?? "500,2000").split(",").map(Number)) {
  const raws = oneStory ? oneStoryArticles(n) : loadBenchArticles(n);
  const docs: Doc[] = raws.map((raw) => {
    const article = cleanArticle(raw);
    const { sentences, tokens } = segmentSentences(article.text);
    return { article, sentences, tokens, entities: [], quotes: [], values: [], opinion: [], warnings: [] };
  });
  let facts: ReturnType<typeof alignSentences> = [];
  const aligns: string[] = [];
  for (let r = 0; r < repeat; r++) {
    const ms = cpuMs(() => {
      facts = alignSentences(docs, options);
    });
    aligns.push((ms / 1000).toFixed(2));
  }
  const summary = cpuMs(() => summarizeFacts(facts, docs, options));
  const sentences = docs.reduce((s, d) => s + d.sentences.length, 0);
  const aligned = facts.filter((f) => f.sources.length > 1).length;
  const hash = createHash("sha256").update(JSON.stringify(facts)).digest("hex").slice(0, 12);
  console.log(`| ${n} | ${sentences} | ${aligns.join(", ")} | ${(summary / 1000).toFixed(2)} | ${facts.length} | ${aligned} | ${hash} |`);
}
