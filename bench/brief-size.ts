/**
 * One bench measurement in a fresh process (so peak memory belongs to this size alone):
 *   node --import tsx --expose-gc bench/brief-size.ts <articles> [--one-story] [--stages] [--dump <file.json>]
 * prints one JSON line: wall and CPU time of `briefArticles` (with its analysis threads from 32
 * articles on; CPU time counts every thread of the process), the tokenizer-only floor on the same
 * text, peak RSS; with --stages it runs the instrumented copy of the pipeline instead, in this thread
 * (bench/lib/staged-brief.ts), and adds the per-stage times. `--dump` writes the briefing as JSON, so two
 * versions of the code can be compared byte for byte on the same articles. `--one-story` briefs N distinct
 * articles of one event (bench/lib/bench-corpus.ts oneStoryArticles) instead of the pooled corpus.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { bigEnoughForThreads } from "../src/pipeline/analyze-articles.js";
import { spareCores } from "../src/pipeline/spare-cores.js";
import { applyV8Flags } from "../src/runtime/v8-flags.js";
import { loadBenchArticles, loadExample, oneStoryArticles } from "./lib/bench-corpus.js";
import { freshBundledLibrary, freshBundledWorker } from "./lib/bundled-code.js";
import { briefStaged } from "./lib/staged-brief.js";

// Parallax's programs (the CLI, the server) run with its V8 flags; so does this measurement, floor included.
applyV8Flags();
const n = Number(process.argv[2] ?? 5);
const stages = process.argv.includes("--stages");
const dumpAt = process.argv.indexOf("--dump");
const dump = dumpAt > 0 ? process.argv[dumpAt + 1] : undefined;
const oneStory = process.argv.includes("--one-story");
const articles = oneStory ? oneStoryArticles(n) : n === 5 ? loadExample() : loadBenchArticles(n);
const chars = articles.reduce((s, a) => s + a.body.length, 0);
// The brief runs the bundled library when it is up to date, the code the CLI runs (see
// bundled-code.ts); the instrumented copy (--stages) runs the sources.
const libraryPath = stages ? undefined : freshBundledLibrary();
const library = (
  libraryPath ? await import(pathToFileURL(libraryPath).href) : await import("../src/index.js")
) as typeof import("../src/index.js");
const libraryCode = libraryPath ? "bundle" : "sources";
const { briefArticles } = library;
const options = library.normalizeOptions();
const gc = (globalThis as { gc?: () => void }).gc;

// Warm up: load the model and compile the hot paths on the example, as a long-lived process would be.
// The example is too small for the analysis threads: their start-up (~1 s of model loading, beside
// this thread's work) stays inside the measured brief, as in a CLI run.
briefArticles(loadExample(), options);
gc?.();

// Floor: the tokenizer Parallax uses (wink-nlp with the same model) reading the same text into tokens,
// and nothing else: none of its pipeline's steps (Parallax's own instance also finds sentence
// boundaries and part-of-speech tags, ~2x the tokenizer's time; wink's default pipeline ~2.5x). Warmed
// up on the example like the brief.
const nlp = winkNLP(model, []);
for (const a of loadExample()) nlp.readDoc(a.body).tokens().out();
let t0 = performance.now();
const floorCpu0 = process.cpuUsage();
let tokens = 0;
for (const a of articles) tokens += (nlp.readDoc(a.body).tokens().out() as string[]).length;
const floorMs = performance.now() - t0;
const floorCpu = process.cpuUsage(floorCpu0);
const floorCpuMs = (floorCpu.user + floorCpu.system) / 1000;
console.log(`floor ${JSON.stringify({ floorMs, floorCpuMs, tokens, chars })}`);
gc?.();

// The analysis threads the brief will use: PARALLAX_THREADS when the bench sets it (--threads), else
// what the library would choose now (cores idle besides this thread's), fixed here so it can be reported.
process.env.PARALLAX_THREADS ??= String(spareCores());
const threads = Number(process.env.PARALLAX_THREADS);
// The threads start from the bundled worker when it is up to date, as in the CLI (see bundled-worker.ts).
process.env.PARALLAX_ANALYSIS_WORKER ??= freshBundledWorker() ?? "";
const threadCode = process.env.PARALLAX_ANALYSIS_WORKER ? "bundle" : "sources";

const heapBefore = process.memoryUsage().heapUsed;
let facts = 0;
let aligned = 0;
let stageMs: Record<string, number> | undefined;
let peakHeap = 0;
const cpu0 = process.cpuUsage();
t0 = performance.now();
if (stages) {
  // The instrumented copy of the pipeline replaces the plain call (one run instead of two, so a
  // large size stays inside the bench's time limit); its total is the brief time.
  // Each finished stage is printed at once, so a run stopped by the bench's time limit still says
  // where the time went.
  const s = briefStaged(articles, options, (ms) => console.log(`partial ${JSON.stringify(Object.fromEntries(ms))}`));
  stageMs = Object.fromEntries(s.ms);
  peakHeap = s.peakHeap;
  facts = s.facts;
  aligned = s.aligned;
} else {
  const briefing = briefArticles(articles, options);
  facts = briefing.facts.length;
  aligned = briefing.facts.filter((f) => f.sources.length > 1).length;
  peakHeap = process.memoryUsage().heapUsed;
  if (dump) writeFileSync(dump, `${JSON.stringify(briefing, null, 1)}\n`);
}
const briefMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// The machine is shared: CPU time (user + system) shows the work done when wall time is inflated by
// other processes.
const briefCpuMs = (cpu.user + cpu.system) / 1000;
console.log(
  JSON.stringify({
    articles: n,
    oneStory,
    threads: stages || !bigEnoughForThreads(articles) ? 0 : threads,
    threadCode,
    libraryCode,
    chars,
    tokens,
    briefMs,
    briefCpuMs,
    floorMs,
    floorCpuMs,
    facts,
    aligned,
    heapBefore,
    peakHeap: Math.max(peakHeap, process.memoryUsage().heapUsed),
    maxRssKb: process.resourceUsage().maxRSS,
    stageMs,
  }),
);
