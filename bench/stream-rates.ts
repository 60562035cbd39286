/**
 * The throughput of the two paths that feed Parallax besides `brief`, in a fresh process:
 *   node --import tsx --expose-gc bench/stream-rates.ts [articles]   (default 500)
 * - `extract`: every page of the Zyte article-extraction benchmark (`../shared/data/extraction/`)
 *   through `extractArticle`, the function `parallax extract` and URL/HTML inputs run: pages per
 *   second and MB of HTML per second (a first pass warms up, the second is timed);
 * - `ingest`: the first N articles of the bench corpus (bench/lib/bench-corpus.ts) through
 *   `ingestArticles` into a fresh SQLite file, the path of `parallax ingest` (full analysis, story
 *   clustering and settling included): articles per second, and the database's size per 1,000
 *   articles once closed (the write-ahead log checkpointed into it).
 * Prints one JSON line. Runs the bundled library when it is up to date, as `brief-size.ts` does.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { loadZytePages } from "../eval/lib/extraction-data.js";
import { applyV8Flags } from "../src/runtime/v8-flags.js";
import { loadBenchArticles } from "./lib/bench-corpus.js";
import { freshBundledLibrary } from "./lib/bundled-code.js";

applyV8Flags();
const n = Number(process.argv[2] ?? 500);
const libraryPath = freshBundledLibrary();
const library = (
  libraryPath ? await import(pathToFileURL(libraryPath).href) : await import("../src/index.js")
) as typeof import("../src/index.js");

const zyte = resolve(import.meta.dirname, "../../shared/data/extraction/zyte-article-extraction");
const pages = loadZytePages(zyte);
const htmlBytes = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0);
for (const p of pages) library.extractArticle(p.html, p.url);
let t0 = performance.now();
let cpu0 = process.cpuUsage();
let extractedChars = 0;
for (const p of pages) extractedChars += library.extractArticle(p.html, p.url).text.length;
const extractMs = performance.now() - t0;
let cpu = process.cpuUsage(cpu0);
const extractCpuMs = (cpu.user + cpu.system) / 1000;

const articles = loadBenchArticles(n);
const dir = mkdtempSync(join(tmpdir(), "parallax-bench-ingest-"));
const dbFile = join(dir, "bench.db");
try {
  const store = await library.openStore(dbFile);
  t0 = performance.now();
  cpu0 = process.cpuUsage();
  const summary = await library.ingestArticles(articles, store, library.normalizeOptions());
  const ingestMs = performance.now() - t0;
  cpu = process.cpuUsage(cpu0);
  await store.close();
  const dbBytes = statSync(dbFile).size;
  console.log(
    JSON.stringify({
      libraryCode: libraryPath ? "bundle" : "sources",
      extract: { pages: pages.length, htmlBytes, extractedChars, ms: extractMs, cpuMs: extractCpuMs },
      ingest: {
        articles: articles.length,
        chars: articles.reduce((s, a) => s + a.body.length, 0),
        ms: ingestMs,
        cpuMs: (cpu.user + cpu.system) / 1000,
        stored: summary.stored,
        copies: summary.copies,
        duplicates: summary.duplicates,
        stories: summary.newStories,
        failed: summary.failed.length,
        dbBytes,
      },
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
