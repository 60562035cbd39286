/**
 * Quote and speaker evaluation on PolNeAR (dev): precision and recall of direct-quote spans and the
 * accuracy of their speakers. Usage: npm run eval:quotes [-- --limit N] [--errors N] [--dir PATH]
 * The quote stage runs on the raw article text (no cleaning) so that gold offsets stay valid.
 */
import { resolve } from "node:path";
import { scorePolnear } from "./lib/quotes-run.js";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = resolve(arg("dir") ?? "../shared/data/attribution/polnear-dev/dev");
const limit = Number(arg("limit") ?? Infinity);
const showErrors = Number(arg("errors") ?? 0);
const { score, articles, ms } = scorePolnear(dir, limit);
const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
const p = score.systemCorrect / Math.max(1, score.system);
const r = score.goldFound / Math.max(1, score.gold);
const rows: Array<[string, string, string]> = [
  ["articles", String(articles), ""],
  ["direct-quote precision", pct(score.systemCorrect, score.system), `${score.systemCorrect}/${score.system}`],
  ["direct-quote recall", pct(score.goldFound, score.gold), `${score.goldFound}/${score.gold}`],
  ["direct-quote F1", p + r === 0 ? "-" : `${((200 * p * r) / (p + r)).toFixed(1)}%`, ""],
  ["speaker accuracy", pct(score.speakerCorrect, score.withSource), `${score.speakerCorrect}/${score.withSource}`],
  ["speaker unknown (null)", pct(score.speakerUnknown, score.withSource), `${score.speakerUnknown}/${score.withSource}`],
  ["time", `${(ms / 1000).toFixed(1)} s`, `${(ms / Math.max(1, articles)).toFixed(0)} ms/article`],
];
console.log("| measure | value | count |\n|---|---|---|");
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
for (const e of score.errors.slice(0, showErrors)) console.log(JSON.stringify(e));
