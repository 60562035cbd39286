/**
 * How many real English news articles does the language check (and the rest of the plain-text
 * checks) wrongly refuse? Reads every article of ../shared/data/summarization (Multi-News and NeuS
 * files that are present), runs `readTextArticle` on each and counts rejections by reason.
 * Run: node --import tsx test/reliability/measure-language.ts [--fail-above N]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeOptions } from "../../src/config/options.js";
import { readTextArticle } from "../../src/ingest/read-text-article.js";

const DATA = new URL("../../../shared/data/summarization/", import.meta.url).pathname;

/** Every article text in the summarization data, with where it came from. */
export function readSummarizationArticles(root = DATA): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  if (!existsSync(root)) return out;
  for (const set of readdirSync(root)) {
    const dir = join(root, set);
    for (const file of readdirSync(dir)) {
      const path = join(dir, file);
      if (file.endsWith(".jsonl")) {
        readFileSync(path, "utf8")
          .split("\n")
          .filter(Boolean)
          .forEach((line, row) => {
            const docs = (JSON.parse(line) as { documents?: string[] }).documents ?? [];
            for (const [i, text] of docs.entries()) out.push({ where: `${set}/${file}:${row + 1}#${i + 1}`, text });
          });
      } else if (file.endsWith(".source")) {
        readFileSync(path, "utf8")
          .split("\n")
          .filter(Boolean)
          .forEach((line, row) => {
            line.split(" [SEP] ").forEach((part, i) => {
              const text = part.replace(/^\s*TITLE=>\s*/, "").replace(/\s*ARTICLE=>\s*/, "\n\n");
              out.push({ where: `${set}/${file}:${row + 1}#${i + 1}`, text });
            });
          });
      }
    }
  }
  return out;
}

/** Count the articles refused and why (language refusals separately). */
export function measureFalseRejections(articles: Array<{ where: string; text: string }>) {
  const options = normalizeOptions();
  const enc = new TextEncoder();
  let language = 0;
  let other = 0;
  const examples: string[] = [];
  for (const a of articles) {
    const res = readTextArticle(enc.encode(a.text), a.where, "x", options);
    const reason = res.rejected[0]?.reason;
    if (!reason) continue;
    if (/not English/.test(reason)) language++;
    else other++;
    if (examples.length < 15) examples.push(`${a.where}: ${reason} :: ${a.text.slice(0, 100).replace(/\s+/g, " ")}`);
  }
  return { total: articles.length, language, other, examples };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const articles = readSummarizationArticles();
  const r = measureFalseRejections(articles);
  console.log(`articles: ${r.total}; refused as not English: ${r.language}; refused for other reasons: ${r.other}`);
  for (const e of r.examples) console.log(`  ${e}`);
  const i = process.argv.indexOf("--fail-above");
  if (i > 0 && r.language > Number(process.argv[i + 1] ?? 0)) process.exitCode = 1;
}
