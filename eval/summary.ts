/**
 * Summary quality: brief every cluster of the Multi-News and NeuS validation samples with
 * `briefArticles` and score the summary with ROUGE-1/2/L F1 against the reference, beside a lead and a
 * LexRank baseline over the same cleaned sentences, all truncated to the reference's word count.
 *
 *   npm run eval:summary                 # both sets
 *   npm run eval:summary -- --limit 50   # first 50 clusters of each set
 *   npm run eval:summary -- --set neus   # one set (mn | neus)
 */
import { cleanArticle } from "../src/clean/clean-article.js";
import { normalizeOptions } from "../src/config/options.js";
import { briefArticles } from "../src/index.js";
import { segmentSentences } from "../src/segment/segment-sentences.js";
import { type RougeScores, scoreRouge, truncateWords } from "./lib/rouge.js";
import { leadBaseline, lexRankBaseline } from "./lib/summary-baselines.js";
import { loadMultiNews, loadNeus, type SummaryCluster } from "./lib/summary-data.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const limit = Number(flag("--limit") ?? Infinity);
const only = flag("--set");

const SYSTEMS = ["parallax", "lead", "lexrank"] as const;
type System = (typeof SYSTEMS)[number];

function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function evaluate(name: string, clusters: readonly SummaryCluster[]): Record<System, RougeScores> {
  const options = normalizeOptions();
  const scores: Record<System, RougeScores[]> = { parallax: [], lead: [], lexrank: [] };
  const words: Record<System, number[]> = { parallax: [], lead: [], lexrank: [] };
  const t0 = performance.now();
  for (const c of clusters) {
    const budget = c.reference.split(/\s+/).filter(Boolean).length;
    const briefing = briefArticles(c.articles, options);
    const sentences = c.articles.map((raw) => {
      const a = cleanArticle(raw);
      return segmentSentences(a.text).sentences.map((s) => a.text.slice(s.start, s.end));
    });
    const texts: Record<System, string> = {
      parallax: briefing.summary.map((s) => s.text).join(" "),
      lead: leadBaseline(sentences).join(" "),
      lexrank: lexRankBaseline(sentences).join(" "),
    };
    for (const sys of SYSTEMS) {
      const cut = truncateWords(texts[sys], budget);
      words[sys].push(cut.split(/\s+/).filter(Boolean).length);
      scores[sys].push(scoreRouge(cut, c.reference));
    }
  }
  const secs = (performance.now() - t0) / 1000;
  const out = {} as Record<System, RougeScores>;
  console.log(`\n## ${name}: ${clusters.length} clusters, ${clusters.reduce((n, c) => n + c.articles.length, 0)} articles (${secs.toFixed(1)} s)\n`);
  console.log("| system | ROUGE-1 | ROUGE-2 | ROUGE-L | words |");
  console.log("|---|---:|---:|---:|---:|");
  for (const sys of SYSTEMS) {
    const s = scores[sys];
    out[sys] = { r1: mean(s.map((x) => x.r1)), r2: mean(s.map((x) => x.r2)), rl: mean(s.map((x) => x.rl)) };
    const pct = (x: number) => (100 * x).toFixed(2);
    console.log(`| ${sys} | ${pct(out[sys].r1)} | ${pct(out[sys].r2)} | ${pct(out[sys].rl)} | ${mean(words[sys]).toFixed(0)} |`);
  }
  return out;
}

const sets: Array<[string, () => SummaryCluster[]]> = [
  ["mn", loadMultiNews],
  ["neus", loadNeus],
];
const titles: Record<string, string> = { mn: "Multi-News val (250)", neus: "NeuS/AllSides val" };
let allWin = true;
for (const [key, load] of sets) {
  if (only && only !== key) continue;
  const result = evaluate(titles[key] ?? key, load().slice(0, limit));
  const p = result.parallax;
  const wins = p.r1 > result.lead.r1 && p.r1 > result.lexrank.r1 && p.r2 > result.lead.r2 && p.r2 > result.lexrank.r2;
  console.log(`\nParallax beats both baselines on ROUGE-1 and ROUGE-2: ${wins ? "yes" : "NO"}`);
  allWin &&= wins;
}
process.exitCode = allWin ? 0 : 1;
