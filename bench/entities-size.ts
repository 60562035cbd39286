/**
 * The entity stage alone on the bench corpus, in one thread:
 *   node --import tsx --expose-gc bench/entities-size.ts <articles> [--dump <file.json>] [--repeat <n>]
 * Articles are collapsed, cleaned and segmented first (not timed); then `annotateEntities` runs on
 * every Doc and its CPU time is printed. `--dump` writes every article's mentions (id, start, end,
 * name, type, title, full), so two versions of the stage can be diffed on the same corpus.
 */
import { writeFileSync } from "node:fs";
import { annotateEntities } from "../src/annotate/entities/index.js";
import { cleanArticle } from "../src/clean/clean-article.js";
import { normalizeOptions } from "../src/config/options.js";
import { collapseNearDuplicates } from "../src/ingest/near-duplicates.js";
import type { Doc } from "../src/model/doc.js";
import { segmentDoc } from "../src/pipeline/analyze-article.js";
import { loadBenchArticles, loadExample } from "./lib/bench-corpus.js";

const n = Number(process.argv[2] ?? 500);
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dump = flag("--dump");
const repeat = Number(flag("--repeat") ?? 1);
const options = normalizeOptions();
const prepare = (raws: ReturnType<typeof loadExample>): Doc[] =>
  collapseNearDuplicates(raws).articles.map((raw) => segmentDoc(cleanArticle(raw)));

// Warm up on the example, as the brief bench does (compiles the hot paths, loads compromise).
for (const doc of prepare(loadExample())) annotateEntities(doc, options);
const docs = prepare(n === 5 ? loadExample() : loadBenchArticles(n));
(globalThis as { gc?: () => void }).gc?.();

const cpuMs: number[] = [];
let out: Doc[] = [];
for (let r = 0; r < repeat; r++) {
  const cpu0 = process.cpuUsage();
  out = docs.map((d) => annotateEntities(d, options));
  const cpu = process.cpuUsage(cpu0);
  cpuMs.push(Math.round((cpu.user + cpu.system) / 1000));
}
const mentions = out.reduce((s, d) => s + d.entities.length, 0);
console.log(JSON.stringify({ articles: n, docs: docs.length, mentions, cpuMs }));
if (dump) {
  const rows = out.flatMap((d) => d.entities.map((m) => ({ id: d.article.id, ...m })));
  writeFileSync(dump, `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`);
}
