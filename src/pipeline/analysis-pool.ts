import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Options } from "../config/options.js";
import type { RawArticle } from "../model/article.js";
import type { Doc } from "../model/doc.js";
import { workerEntry } from "../runtime/worker-entry.js";
import { type AnalysisJob, type AnalysisReply, blockRange, type ToAnalysisThread } from "./analysis-protocol.js";
import { analyzeBlock } from "./analyze-article.js";
import { receiveDoc, sendDoc } from "./pack-tokens.js";

/**
 * Analysis threads kept for the life of the process (unref'd, so they never keep it alive): the
 * first brief pays their start-up (loading the NLP models, ~1 s, while this thread already works),
 * later briefs reuse them.
 */
export interface AnalysisThread {
  readonly worker: Worker;
  readonly port: MessagePort;
}

let threads: AnalysisThread[] = [];
let lastJob = 0;
/**
 * Bumped by a thread after each reply, so the caller can sleep (`Atomics.wait`) until one comes.
 * Made with the first thread: the start-up snapshot's builder has no SharedArrayBuffer.
 */
let wake: Int32Array<SharedArrayBuffer> | undefined;
const wakeSignal = () => (wake ??= new Int32Array(new SharedArrayBuffer(4)));
/** With every article claimed and no reply for this long, a thread is presumed dead: finish here. */
const STALL_MS = 60_000;

/**
 * Where a thread's code comes from: the bundled worker beside the bundle (the CLI), the TypeScript
 * sources through tsx (running from sources), or the bundled worker named by
 * `PARALLAX_ANALYSIS_WORKER` (the bench runs from sources but starts its threads as the CLI does:
 * through tsx a thread compiles every module first, ~1-2 s more CPU).
 */
function threadEntry(): ReturnType<typeof workerEntry> {
  const bundled = process.env.PARALLAX_ANALYSIS_WORKER;
  if (bundled) return { source: pathToFileURL(bundled), eval: false };
  return workerEntry(import.meta.url, "./analysis-worker.ts", "./parallax-analysis-worker.mjs");
}

function startThread(): AnalysisThread | undefined {
  const entry = threadEntry();
  if (!entry) return undefined;
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(entry.source, {
    eval: entry.eval,
    workerData: { port: port2, signal: wakeSignal().buffer },
    transferList: [port2],
  });
  worker.unref();
  const thread = { worker, port: port1 };
  // A thread that fails to start or dies is dropped; its claimed articles are finished by the
  // caller (see STALL_MS), and the next brief starts a fresh one.
  const drop = () => {
    threads = threads.filter((t) => t !== thread);
  };
  worker.on("error", drop);
  worker.on("exit", drop);
  return thread;
}

/** Start analysis threads up to `count` now (they load their models meanwhile); those running are kept. */
export function startAnalysisThreads(count: number): readonly AnalysisThread[] {
  while (threads.length < count) {
    const t = startThread();
    if (!t) break;
    threads.push(t);
  }
  return threads.slice(0, count);
}

/** Post a message to a thread. */
export function postToThread(thread: AnalysisThread, message: ToAnalysisThread): void {
  thread.port.postMessage(message);
}

/**
 * Sleep until a reply of job `job` comes from `thread` and return it (replies to earlier jobs are
 * skipped); undefined when the thread stays silent for STALL_MS.
 */
export function awaitReply(thread: AnalysisThread, job: number): AnalysisReply | undefined {
  let waited = 0;
  for (;;) {
    const seen = Atomics.load(wakeSignal(), 0);
    for (let m = receiveMessageOnPort(thread.port); m; m = receiveMessageOnPort(thread.port)) {
      const r = m.message as AnalysisReply;
      if (r.job === job) return r;
    }
    const t0 = performance.now();
    const woke = Atomics.wait(wakeSignal(), 0, seen, 1000);
    waited = woke === "timed-out" ? waited + (performance.now() - t0) : 0;
    if (waited > STALL_MS) return undefined;
  }
}

/** A thread that holds every Doc of job `job` (see held-docs.ts). */
export interface HeldDocs {
  readonly thread: AnalysisThread;
  readonly job: number;
}

/** The Docs of `analyzeInPool`, in input order, and the thread that holds them too (with `hold`). */
export interface PooledDocs {
  readonly docs: Doc[];
  readonly held?: HeldDocs;
}

/**
 * Analyse `articles` on this thread and `threadCount` analysis threads at once, synchronously: every
 * participant claims the next block of articles from one shared counter, the threads post each Doc back by
 * index, and this thread sleeps on `Atomics.wait` once nothing is left to claim. The result is in
 * input order and equal to analysing each article here. An article's error is raised as it would
 * be here (the first failing article's, by index) once every article is done.
 * With `callerAnalyses` false this thread only collects (tests use it to send every Doc across).
 * With `hold`, the first thread also keeps every Doc (this thread posts it the others' as they
 * come), so that comparison stages can run there beside this thread (`held`; release it when done).
 */
export function analyzeInPool(
  articles: readonly RawArticle[],
  options: Options,
  threadCount: number,
  callerAnalyses = true,
  hold = false,
): PooledDocs {
  const pool = startAnalysisThreads(threadCount);
  const n = articles.length;
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const id = ++lastJob;
  const holder = hold ? pool[0] : undefined;
  // Blocks of up to 8 articles: a sixteenth of each participant's share, so the last blocks still balance.
  const block = Math.max(1, Math.min(8, Math.floor(n / ((pool.length + 1) * 16))));
  const job: AnalysisJob = { kind: "job", id, articles, options, next, block, hold: false };
  for (const t of pool) postToThread(t, { ...job, hold: t === holder });

  const docs = new Array<Doc | undefined>(n);
  const errors = new Map<number, unknown>();
  let done = 0;
  const settle = (index: number, doc: Doc | undefined, error?: unknown) => {
    if (docs[index] !== undefined || errors.has(index)) return;
    if (doc) docs[index] = doc;
    else errors.set(index, error);
    done++;
  };
  /** Analyse articles `from` to `to` (excluded) here, stage by stage. */
  const analyzeHere = (from: number, to: number) => {
    analyzeBlock(articles.slice(from, to), options).forEach(({ doc, error }, k) => {
      const i = from + k;
      if (!doc) {
        settle(i, undefined, error);
        return;
      }
      settle(i, doc);
      if (holder) postToThread(holder, { kind: "doc", job: id, index: i, ...sendDoc(doc) });
    });
  };
  const drain = () => {
    for (const t of pool) {
      for (let m = receiveMessageOnPort(t.port); m; m = receiveMessageOnPort(t.port)) {
        const r = m.message as AnalysisReply;
        if (r.job !== id) continue; // a late reply to an earlier brief that finished without it
        if (r.kind === "doc") {
          if (holder && t !== holder)
            postToThread(holder, { kind: "doc", job: id, index: r.index, doc: r.doc, ...(r.packed ? { packed: r.packed } : {}) });
          settle(r.index, receiveDoc(r));
        } else if (r.kind === "error") settle(r.index, undefined, new Error(r.error));
      }
    }
  };

  let waited = 0;
  let lost = false;
  while (done < n) {
    drain();
    if (done === n) break;
    const [from, to] = callerAnalyses || pool.length === 0 ? blockRange(job, Atomics.add(counter, 0, 1)) : [n, n];
    if (from < to) {
      analyzeHere(from, to);
      continue;
    }
    const seen = Atomics.load(wakeSignal(), 0);
    drain();
    if (done === n) break;
    const t0 = performance.now();
    const woke = Atomics.wait(wakeSignal(), 0, seen, 1000);
    waited = woke === "timed-out" ? waited + (performance.now() - t0) : 0;
    if (waited > STALL_MS) {
      // Every article is claimed but the threads went quiet: finish the missing ones here.
      lost = true;
      for (let k = 0; k < n; k++) if (docs[k] === undefined && !errors.has(k)) analyzeHere(k, k + 1);
    }
  }
  const release = () => holder && postToThread(holder, { kind: "release", job: id });
  for (let k = 0; k < n; k++) {
    if (errors.has(k)) {
      release();
      throw errors.get(k);
    }
  }
  if (holder && lost) release();
  return { docs: docs as Doc[], ...(holder && !lost ? { held: { thread: holder, job: id } } : {}) };
}
