/**
 * `npm run bench`: how long a briefing takes as the story grows.
 *   npm run bench                     # 5 (the example), 50, 500, 2000 articles + CLI start-up
 *   npm run bench -- --sizes 5,50     # chosen sizes
 *   npm run bench -- --threads 1      # analysis threads for every size (default: cores idle at each start)
 *   npm run bench -- --stages-at 50   # sizes also run through the instrumented per-stage copy (default 500,2000; 0 = none)
 *   npm run bench -- --one-story 500  # one-story sizes, after the pooled ones (default 500,2000; 0 = none)
 *   npm run bench -- --stream 200     # articles ingested for the ingest rate (default 500; 0 = no extract/ingest rates)
 * Each size runs in its own process (bench/brief-size.ts) so that peak memory is that size's own; the
 * per-stage copy runs in another.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
/** The value after `flag` on the command line, or `fallback` when the flag is absent. */
function option(flag: string, fallback: string): string {
  const i = args.indexOf(flag);
  return i >= 0 ? (args[i + 1] ?? "") : fallback;
}
/** A comma-separated list of article counts; 0 (or nothing) means none. */
const counts = (list: string) =>
  list
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
const sizes = counts(option("--sizes", "5,50,500,2000"));
const stagesAt = new Set(counts(option("--stages-at", "500,2000")));
/** Sizes of ONE story (distinct articles of one event, bench-corpus.ts oneStoryArticles), run after the pooled sizes. */
const oneStorySizes = counts(option("--one-story", "500,2000"));
/** Articles ingested into a fresh SQLite file for the ingest rate (bench/stream-rates.ts); 0 = skip it and the extract rate. */
const streamArticles = Number(option("--stream", "500") || 0);
const th = args.indexOf("--threads");
/** Analysis threads for every size (PARALLAX_THREADS); by default each run takes the cores idle when it starts. */
const threadsArg = th >= 0 ? args[th + 1] : undefined;
/** Every child is bounded: a size that takes longer is reported as timed out, not waited for. */
const TIMEOUT_MS = 300_000;

interface SizeResult {
  articles: number;
  oneStory?: boolean;
  /** Analysis threads besides the main one. */
  threads: number;
  /** Where the threads' code came from: the bundled worker (as in the CLI) or the sources through tsx. */
  threadCode: "bundle" | "sources";
  libraryCode?: "bundle" | "sources";
  chars: number;
  tokens: number;
  briefMs: number;
  briefCpuMs: number;
  floorMs: number;
  floorCpuMs: number;
  facts: number;
  aligned: number;
  peakHeap: number;
  maxRssKb: number;
  stageMs?: Record<string, number>;
}

function runSize(n: number, stages = false, oneStory = false): SizeResult | undefined {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--expose-gc",
      "bench/brief-size.ts",
      String(n),
      ...(stages ? ["--stages"] : []),
      ...(oneStory ? ["--one-story"] : []),
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: TIMEOUT_MS,
      maxBuffer: 1 << 24,
      env: threadsArg === undefined ? process.env : { ...process.env, PARALLAX_THREADS: threadsArg },
    },
  );
  const lines = r.stdout.trim().split("\n");
  const line = lines[lines.length - 1] ?? "";
  if (r.status !== 0 || !line.startsWith("{")) {
    console.log(`  ${n} articles${oneStory ? " of one story" : ""}: stopped (${r.signal ?? `exit ${r.status}`}) ${r.stderr.slice(-400)}`);
    const floor = lines.find((l) => l.startsWith("floor "));
    if (floor) {
      const f = JSON.parse(floor.slice(6)) as { floorMs: number; floorCpuMs: number; tokens: number };
      console.log(
        `    tokenizer floor: ${(f.floorMs / 1000).toFixed(2)} s wall, ${(f.floorCpuMs / 1000).toFixed(2)} s CPU (${f.tokens} tokens)`,
      );
    }
    const partial = lines.filter((l) => l.startsWith("partial ")).pop();
    if (partial) {
      const ms = Object.entries(JSON.parse(partial.slice(8)) as Record<string, number>);
      console.log(`    stages finished before the limit: ${ms.map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(", ")}`);
    }
    return undefined;
  }
  return JSON.parse(line) as SizeResult;
}

/** Time from spawning the CLI on the example to its first byte on stdout, and to exit. */
function timeCli(command: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ firstByte: number; total: number }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    let firstByte = 0;
    const [program = "", ...args] = command;
    const child = spawn(program, [...args, "brief", "examples/alaska-summit"], { cwd: ROOT, env });
    child.stdout.on("data", () => {
      firstByte ||= performance.now() - t0;
    });
    child.on("error", fail);
    child.on("close", () => done({ firstByte, total: performance.now() - t0 }));
  });
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

console.log(`# Parallax bench — ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}\n`);
// The CLI runs its start-up snapshot and bundle (dist/) only while they are newer than src/, and the
// briefs below start their analysis threads from the bundled worker when it is: build them first, as
// `npm install` does, so the figures are what a user gets.
spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, stdio: "ignore" });
/** Run `ns` (each in its own process, the per-stage copy in another) and print their table and the largest's stage shares. */
function benchSizes(ns: readonly number[], oneStory: boolean): void {
  const what = oneStory ? " of one story" : "";
  const results: SizeResult[] = [];
  for (const n of ns) {
    const r = runSize(n, false, oneStory);
    // The per-stage copy runs in a process of its own (in one thread, so each stage's time is its
    // work), after the plain run whose figures are the headline. One-story sizes always run it: which
    // stage grows with one story's size is what they are for.
    const staged = oneStory || stagesAt.has(n) ? runSize(n, true, oneStory) : undefined;
    if (!r) continue;
    r.stageMs = staged?.stageMs;
    results.push(r);
    console.log(
      `  ${n} articles${what}: ${(r.briefMs / 1000).toFixed(2)} s wall, ${(r.briefCpuMs / 1000).toFixed(2)} s CPU, ${r.threads} analysis thread(s)${r.threads ? ` (from the ${r.threadCode})` : ""}, this thread's code from the ${r.libraryCode ?? "sources"}, load ${loadavg()[0]?.toFixed(1)}`,
    );
  }
  if (results.length === 0) return;
  console.log(
    `\n${oneStory ? "One story (distinct articles of one event)" : "Pooled stories"}: throughput / floor: articles per second against the tokenizer's (floor time / brief time), on wall time (what a user waits; the brief uses the analysis threads, the floor one thread) and on CPU time (work done, all threads counted).\n`,
  );
  console.log(
    "| articles | analysis threads | brief wall (s) | brief CPU (s) | articles/s | floor wall (s) | floor CPU (s) | throughput / floor (wall) | work / floor (CPU) | peak RSS (MB) | peak heap (MB) | growth vs previous (CPU) | facts (aligned) |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  results.forEach((r, i) => {
    const prev = results[i - 1];
    const growth = prev
      ? `${(r.briefMs / prev.briefMs).toFixed(1)}x (${(r.briefCpuMs / prev.briefCpuMs).toFixed(1)}x) for ${(r.articles / prev.articles).toFixed(0)}x articles`
      : "";
    // Throughput as a fraction of the floor's = floor time / brief time (same articles).
    const wallShare = r.floorMs / r.briefMs;
    const cpuShare = r.floorCpuMs / r.briefCpuMs;
    const s = (ms: number) => (ms / 1000).toFixed(2);
    console.log(
      `| ${r.articles} | ${r.threads} | ${s(r.briefMs)} | ${s(r.briefCpuMs)} | ${((r.articles * 1000) / r.briefMs).toFixed(0)} | ${s(r.floorMs)} | ${s(r.floorCpuMs)} | ${(100 * wallShare).toFixed(1)}% | ${(100 * cpuShare).toFixed(1)}% | ${mb(r.maxRssKb * 1024)} | ${mb(r.peakHeap)} | ${growth} | ${r.facts} (${r.aligned}) |`,
    );
  });
  const staged = results.filter((r) => r.stageMs);
  if (staged.length === 0) return;
  // Stage shares of every instrumented size side by side, so the stage that grows shows.
  const total = (r: SizeResult) => Object.values(r.stageMs ?? {}).reduce((a, b) => a + b, 0);
  const largest = staged[staged.length - 1] as SizeResult;
  console.log(
    `\n## Stage shares${what} (instrumented runs, one thread: ${staged.map((r) => `${r.articles} articles ${(total(r) / 1000).toFixed(2)} s`).join(", ")})\n`,
  );
  console.log(`| stage | ${staged.map((r) => `${r.articles}: s | share`).join(" | ")} |`);
  console.log(`|---|${staged.map(() => "---:|---:").join("|")}|`);
  for (const [name] of Object.entries(largest.stageMs ?? {}).sort((a, b) => b[1] - a[1])) {
    const cells = staged.map((r) => {
      const ms = r.stageMs?.[name] ?? 0;
      return `${(ms / 1000).toFixed(2)} | ${((100 * ms) / total(r)).toFixed(1)}%${ms > total(r) / 3 ? " (over 1/3)" : ""}`;
    });
    console.log(`| ${name} | ${cells.join(" | ")} |`);
  }
}

benchSizes(sizes, false);
benchSizes(oneStorySizes, true);

// The CLI start-up below runs the snapshot and bundle built before the sizes: `parallax` as npm
// installs it (bin/parallax, the POSIX launcher, which starts Node from the snapshot itself), the
// portable launcher (bin/parallax.js, which starts it as a child process), and without the snapshot.
const POSIX_LAUNCHER = ["bin/parallax"];
const NODE_LAUNCHER = [process.execPath, "bin/parallax.js"];
for (const [what, command, env] of [
  ["bin/parallax", POSIX_LAUNCHER, process.env],
  ["node bin/parallax.js", NODE_LAUNCHER, process.env],
  ["node bin/parallax.js", NODE_LAUNCHER, { ...process.env, PARALLAX_SNAPSHOT: "0" }],
] as const) {
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await timeCli(command, env));
  const how = env.PARALLAX_SNAPSHOT === "0" ? " without the start-up snapshot (PARALLAX_SNAPSHOT=0)" : "";
  console.log(
    `${what === "bin/parallax" ? "\n" : ""}CLI \`${what} brief examples/alaska-summit\`${how} (median of 5, load ${loadavg()[0]?.toFixed(1)}): first byte ${(median(runs.map((r) => r.firstByte)) / 1000).toFixed(2)} s, exit ${(median(runs.map((r) => r.total)) / 1000).toFixed(2)} s`,
  );
}

// Extract and ingest rates (bench/stream-rates.ts), in a process of their own.
interface StreamRates {
  libraryCode: "bundle" | "sources";
  extract: { pages: number; htmlBytes: number; ms: number; cpuMs: number };
  ingest: {
    articles: number;
    ms: number;
    cpuMs: number;
    stored: number;
    copies: number;
    duplicates: number;
    stories: number;
    failed: number;
    dbBytes: number;
  };
}
if (streamArticles > 0) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", "bench/stream-rates.ts", String(streamArticles)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.split("\n").find((l) => l.startsWith("{"));
  if (r.status !== 0 || !line) {
    console.log(`\nextract and ingest rates: stopped (${r.signal ?? `exit ${r.status}`}) ${r.stderr.slice(-400)}`);
  } else {
    const { extract: e, ingest: g, libraryCode } = JSON.parse(line) as StreamRates;
    const load = loadavg()[0]?.toFixed(1);
    console.log(
      `\n\`extract\` (extractArticle, the code of \`parallax extract\` and of HTML/URL inputs; the ${libraryCode}): ${e.pages} pages of the Zyte benchmark, ${(e.ms / 1000).toFixed(2)} s wall, ${(e.cpuMs / 1000).toFixed(2)} s CPU: **${((e.pages * 1000) / e.ms).toFixed(1)} pages/s**, ${(e.htmlBytes / 1e6 / (e.ms / 1000)).toFixed(1)} MB of HTML/s (load ${load})`,
    );
    console.log(
      `\`ingest\` (ingestArticles into a fresh SQLite file, the code of \`parallax ingest\`: analysis, clustering, settling): ${g.articles} bench articles, ${(g.ms / 1000).toFixed(2)} s wall, ${(g.cpuMs / 1000).toFixed(2)} s CPU: **${((g.articles * 1000) / g.ms).toFixed(1)} articles/s**; ${g.stored} stored, ${g.copies} copies, ${g.duplicates} duplicates, ${g.failed} failed, ${g.stories} stories started; database ${(g.dbBytes / 1e6).toFixed(2)} MB = **${((g.dbBytes / 1e6) * (1000 / Math.max(1, g.stored + g.copies))).toFixed(1)} MB per 1,000 articles stored**`,
    );
  }
}
