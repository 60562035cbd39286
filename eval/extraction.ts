/**
 * Article-extraction evaluation on the Zyte article-extraction-benchmark with its own metric
 * (word 4-gram multiset P/R/F1 averaged per page). Prints Parallax and plain Readability.js from the
 * same run, with pages per second, plus the benchmark's published baselines for reference.
 *
 *   npm run eval:extraction [-- <dataset dir>] [--worst N]
 *
 * Exits 1 when Parallax falls below the pinned F1 floor or does not beat Readability.js.
 */
import { Readability } from "@mozilla/readability";
import { extractArticle } from "../src/ingest/html/extract-article.js";
import { parseHtmlDocument } from "../src/ingest/html/parse-html.js";
import { type ExtractionPage, loadBaseline, loadZytePages } from "./lib/extraction-data.js";
import { type CorpusScore, pagePrecision, pageRecall, scoreCorpus, scorePage } from "./lib/extraction-metric.js";

const args = process.argv.slice(2);
const worstAt = args.indexOf("--worst");
const worst = worstAt >= 0 ? Number(args[worstAt + 1] ?? 10) : 0;
const dir = args.find((a, i) => !a.startsWith("--") && i !== worstAt + 1) ?? new URL("../../shared/data/extraction/zyte-article-extraction", import.meta.url).pathname;

/** The pinned floor: the run fails below it or at/below Readability.js. It only moves up. */
const F1_FLOOR = 0.97;

const pages = loadZytePages(dir);
const gold = new Map(pages.map((p) => [p.id, p.gold]));

function run(name: string, extract: (p: ExtractionPage) => string): { name: string; score: CorpusScore; pps: number; out: Map<string, string> } {
  const out = new Map<string, string>();
  const t0 = performance.now();
  for (const p of pages) out.set(p.id, extract(p));
  const seconds = (performance.now() - t0) / 1000;
  return { name, score: scoreCorpus(gold, out), pps: pages.length / seconds, out };
}

const runs = [
  run("parallax", (p) => extractArticle(p.html, p.url).text),
  run("readability.js (linkedom)", (p) => new Readability(parseHtmlDocument(p.html)).parse()?.textContent ?? ""),
];

const fmt = (x: number) => x.toFixed(3);
console.log(`Zyte article-extraction-benchmark: ${pages.length} pages (${dir})\n`);
console.log("| system | F1 | precision | recall | accuracy | pages/s |");
console.log("|---|---|---|---|---|---|");
for (const r of runs) console.log(`| ${r.name} (this run) | ${fmt(r.score.f1)} | ${fmt(r.score.precision)} | ${fmt(r.score.recall)} | ${fmt(r.score.accuracy)} | ${r.pps.toFixed(0)} |`);
for (const name of ["trafilatura", "readability_js", "AutoExtract"]) {
  try {
    const s = scoreCorpus(gold, loadBaseline(dir, name));
    console.log(`| ${name} (published output) | ${fmt(s.f1)} | ${fmt(s.precision)} | ${fmt(s.recall)} | ${fmt(s.accuracy)} | - |`);
  } catch {
    // baseline outputs are optional
  }
}
const [ours, base] = runs;
if (ours && base) console.log(`\nparallax - readability.js: ${(ours.score.f1 - base.score.f1 >= 0 ? "+" : "") + fmt(ours.score.f1 - base.score.f1)} F1`);
if (worst && ours) {
  const rows = pages.map((p) => {
    const c = scorePage(p.gold, ours.out.get(p.id) ?? "");
    return { url: p.url, p: pagePrecision(c) ?? 0, r: pageRecall(c) ?? 0 };
  });
  rows.sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r));
  console.log(`\nWorst ${worst} pages (precision, recall):`);
  for (const r of rows.slice(0, worst)) console.log(`  ${fmt(r.p)} ${fmt(r.r)} ${r.url}`);
}
if (ours && base && (ours.score.f1 < F1_FLOOR || ours.score.f1 <= base.score.f1)) {
  console.error(`\nFAIL: parallax F1 ${fmt(ours.score.f1)} is below the floor ${F1_FLOOR} or not above readability.js (${fmt(base.score.f1)})`);
  process.exitCode = 1;
}
