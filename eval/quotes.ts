/**
 * Quote and speaker evaluation on PolNeAR (dev): precision and recall of direct-quote spans and the
 * accuracy of their speakers. Usage: npm run eval:quotes [-- --limit N] [--errors N] [--dir PATH]
 * The quote stage runs on the raw article text (no cleaning) so that gold offsets stay valid.
 */
import { resolve } from "node:path";
import { annotateEntities } from "../src/annotate/entities/index.js";
import { annotateQuotes } from "../src/annotate/quotes/index.js";
import { normalizeOptions } from "../src/config/options.js";
import type { Doc } from "../src/model/doc.js";
import { segmentSentences } from "../src/segment/segment-sentences.js";
import { loadPolnear } from "./lib/quotes-gold.js";
import { type QuoteScore, scoreArticle } from "./lib/quotes-score.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = resolve(arg("dir") ?? "../shared/data/attribution/polnear-dev/dev");
const limit = Number(arg("limit") ?? Infinity);
const showErrors = Number(arg("errors") ?? 0);
const options = normalizeOptions();
const articles = loadPolnear(dir, limit);
const score: QuoteScore = { system: 0, systemCorrect: 0, gold: 0, goldFound: 0, withSource: 0, speakerCorrect: 0, speakerUnknown: 0, errors: [] };
const t0 = performance.now();
for (const a of articles) {
  const { sentences, tokens } = segmentSentences(a.text);
  let doc: Doc = {
    article: { id: a.name, path: a.name, title: "", text: a.text, dropped: [] },
    sentences,
    tokens,
    entities: [],
    quotes: [],
    values: [],
    opinion: [],
    warnings: [],
  };
  doc = annotateQuotes(annotateEntities(doc, options), options);
  scoreArticle(a, doc.quotes, score);
}
const ms = performance.now() - t0;
const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
const p = score.systemCorrect / Math.max(1, score.system);
const r = score.goldFound / Math.max(1, score.gold);
const rows: Array<[string, string, string]> = [
  ["articles", String(articles.length), ""],
  ["direct-quote precision", pct(score.systemCorrect, score.system), `${score.systemCorrect}/${score.system}`],
  ["direct-quote recall", pct(score.goldFound, score.gold), `${score.goldFound}/${score.gold}`],
  ["direct-quote F1", p + r === 0 ? "-" : `${((200 * p * r) / (p + r)).toFixed(1)}%`, ""],
  ["speaker accuracy", pct(score.speakerCorrect, score.withSource), `${score.speakerCorrect}/${score.withSource}`],
  ["speaker unknown (null)", pct(score.speakerUnknown, score.withSource), `${score.speakerUnknown}/${score.withSource}`],
  ["time", `${(ms / 1000).toFixed(1)} s`, `${(ms / Math.max(1, articles.length)).toFixed(0)} ms/article`],
];
console.log("| measure | value | count |\n|---|---|---|");
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
for (const e of score.errors.slice(0, showErrors)) console.log(JSON.stringify(e));
