/**
 * The entry of an analysis thread (see analysis-pool.ts): for each job it claims blocks of articles
 * from the job's shared counter, analyses them with the same `analyzeBlock` as the calling thread, and posts
 * each Doc (or the error it raised) back with the article's index, then wakes the caller. A thread
 * that holds the job's Docs (`job.hold`) also keeps them, takes the others' Docs as they come, and
 * runs the comparison stages beside the caller on request, sharing the stages made from the facts
 * with it (held-docs.ts).
 */
import { type MessagePort, receiveMessageOnPort, workerData } from "node:worker_threads";
import type { Options } from "../config/options.js";
import type { Doc } from "../model/doc.js";
import type { Fact } from "../model/fact.js";
import { type AnalysisJob, type AnalysisReply, blockRange, type ToAnalysisThread } from "./analysis-protocol.js";
import { analyzeBlock } from "./analyze-article.js";
import { compareSources, FACT_STAGES, runFactStage } from "./brief-docs.js";
import { receiveDoc, sendDoc } from "./pack-tokens.js";

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const wake = new Int32Array(signal);

/** The Docs of the job this thread holds, by index; then the compared ones and their options. */
let held: { job: number; docs: Array<Doc | undefined>; compared?: { docs: Doc[]; options: Options } } | undefined;

function reply(message: AnalysisReply): void {
  port.postMessage(message);
  Atomics.add(wake, 0, 1);
  Atomics.notify(wake, 0);
}

port.on("message", handle);

function handle(message: ToAnalysisThread): void {
  switch (message.kind) {
    case "job":
      runJob(message);
      break;
    case "doc":
      if (held?.job === message.job) held.docs[message.index] = receiveDoc(message);
      break;
    case "compare":
      compare(message.job, message.keep, message.options);
      break;
    case "facts":
      if (held?.job === message.job && held.compared) takeFactStages(message.job, held.compared, message.facts, new Int32Array(message.stages));
      break;
    case "release":
      if (held?.job === message.job) held = undefined;
      break;
  }
}

function runJob(job: AnalysisJob): void {
  held = job.hold ? { job: job.id, docs: new Array<Doc | undefined>(job.articles.length) } : undefined;
  const next = new Int32Array(job.next);
  for (;;) {
    // Take the Docs sent meanwhile, so that their decoding shares the analysis' balance.
    if (job.hold) for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) handle(m.message);
    const [from, to] = blockRange(job, Atomics.add(next, 0, 1));
    if (from >= to) break;
    analyzeArticles(job, from, to);
  }
}

/** Analyse the job's articles `from` to `to` (excluded), stage by stage, and post each Doc or error. */
function analyzeArticles(job: AnalysisJob, from: number, to: number): void {
  analyzeBlock(job.articles.slice(from, to), job.options).forEach(({ doc, error }, k) => {
    const i = from + k;
    if (!doc) {
      reply({ kind: "error", job: job.id, index: i, error: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (held?.job === job.id) held.docs[i] = doc;
    reply({ kind: "doc", job: job.id, index: i, ...sendDoc(doc) });
  });
}

function compare(job: number, keep: readonly number[], options: Options): void {
  if (held?.job !== job) {
    reply({ kind: "failed", job, error: `job ${job}: its Docs are not held here` });
    return;
  }
  const all = held.docs;
  const docs = keep.map((i) => all[i]);
  if (docs.some((d) => d === undefined)) {
    reply({ kind: "failed", job, error: `job ${job}: a Doc to compare is missing` });
    return;
  }
  // Compared only once the sources are: after a failure the caller runs every stage itself.
  const compared = { docs: docs as Doc[], options };
  if (guarded(job, () => reply({ kind: "sources", job, result: compareSources(compared.docs) }))) held.compared = compared;
}

/** Take stages made from the facts from the shared counter until none is left (or one fails). */
function takeFactStages(job: number, compared: { docs: Doc[]; options: Options }, facts: readonly Fact[], stages: Int32Array): void {
  for (let k = Atomics.add(stages, 0, 1); k < FACT_STAGES.length; k = Atomics.add(stages, 0, 1)) {
    const stage = FACT_STAGES[k] as (typeof FACT_STAGES)[number];
    if (!guarded(job, () => reply({ kind: "stage", job, index: k, result: runFactStage(stage, compared.docs, facts, compared.options) }))) return;
  }
}

/** Run `f`; a stage's error is sent back as `failed` (the caller then runs the stages itself). False when it failed. */
function guarded(job: number, f: () => void): boolean {
  try {
    f();
    return true;
  } catch (err) {
    reply({ kind: "failed", job, error: err instanceof Error ? err.message : String(err) });
    return false;
  }
}
