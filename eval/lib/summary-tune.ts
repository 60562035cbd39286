/**
 * Tuning aid (not part of `npm run eval:summary`): analyze and align every validation cluster once,
 * then score the summary under variations of SUMMARY_WEIGHTS given as JSON lines on the command line.
 *   node --import tsx eval/lib/summary-tune.ts '{"lead":0.6}' '{"lead":0.8}'
 */
import { alignSentences } from "../../src/compare/align-sentences.js";
import { normalizeOptions } from "../../src/config/options.js";
import type { Doc } from "../../src/model/doc.js";
import { analyzeArticle } from "../../src/pipeline/analyze-article.js";
import { SUMMARY_WEIGHTS, summarizeFacts } from "../../src/synthesize/summarize-facts.js";
import { scoreRouge, truncateWords } from "./rouge.js";
import { leadBaseline, lexRankBaseline } from "./summary-baselines.js";
import { loadMultiNews, loadNeus } from "./summary-data.js";

const limit = Number(process.env.LIMIT ?? 1e9);
const sentencesOpt = Number(process.env.SENTENCES ?? 10);
const options = normalizeOptions({ summarySentences: sentencesOpt });
const base = { ...SUMMARY_WEIGHTS };
for (const [name, clusters] of [
  ["mn", loadMultiNews().slice(0, limit)],
  ["neus", loadNeus().slice(0, limit)],
] as const) {
  const prepared = clusters.map((c) => {
    const docs: Doc[] = c.articles.map((a) => analyzeArticle(a, options));
    const facts = alignSentences(docs, options);
    const lists = docs.map((d) => d.sentences.map((s) => d.article.text.slice(s.start, s.end)));
    const budget = c.reference.split(/\s+/).filter(Boolean).length;
    return { c, docs, facts, budget, lead: leadBaseline(lists).join(" "), lex: lexRankBaseline(lists).join(" ") };
  });
  const avg = (f: (p: (typeof prepared)[number]) => { r1: number; r2: number }) => {
    let r1 = 0;
    let r2 = 0;
    for (const p of prepared) {
      const s = f(p);
      r1 += s.r1;
      r2 += s.r2;
    }
    return `R1 ${((100 * r1) / prepared.length).toFixed(2)} R2 ${((100 * r2) / prepared.length).toFixed(2)}`;
  };
  console.log(`${name} lead    ${avg((p) => scoreRouge(truncateWords(p.lead, p.budget), p.c.reference))}`);
  console.log(`${name} lexrank ${avg((p) => scoreRouge(truncateWords(p.lex, p.budget), p.c.reference))}`);
  for (const variant of process.argv.slice(2).length ? process.argv.slice(2) : ["{}"]) {
    Object.assign(SUMMARY_WEIGHTS, base, JSON.parse(variant));
    const r = avg((p) => {
      const text = summarizeFacts(p.facts, p.docs, options).map((s) => s.text).join(" ");
      return scoreRouge(truncateWords(text, p.budget), p.c.reference);
    });
    console.log(`${name} ${variant} ${r}`);
  }
}
