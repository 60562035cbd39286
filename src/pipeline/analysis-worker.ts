/**
 * The entry of an analysis thread (see analysis-pool.ts): for each job it claims blocks of articles
 * from the job's shared counter, analyses them with the same `analyzeArticle` as the calling thread, and posts
 * each Doc (or the error it raised) back with the article's index, then wakes the caller.
 */
import { type MessagePort, workerData } from "node:worker_threads";
import type { Doc } from "../model/doc.js";
import { analyzeArticle } from "./analyze-article.js";
import type { RawArticle } from "../model/article.js";
import { type AnalysisJob, type AnalysisReply, blockRange } from "./analysis-protocol.js";
import { packTokens } from "./pack-tokens.js";

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const wake = new Int32Array(signal);

function reply(message: AnalysisReply): void {
  port.postMessage(message);
  Atomics.add(wake, 0, 1);
  Atomics.notify(wake, 0);
}

port.on("message", (job: AnalysisJob) => {
  const next = new Int32Array(job.next);
  for (;;) {
    const [from, to] = blockRange(job, Atomics.add(next, 0, 1));
    if (from >= to) break;
    for (let i = from; i < to; i++) analyzeOne(job, i);
  }
});

function analyzeOne(job: AnalysisJob, i: number): void {
  const raw = job.articles[i] as RawArticle;
  let doc: Doc;
  try {
    doc = analyzeArticle(raw, job.options);
  } catch (err) {
    reply({ job: job.id, index: i, error: err instanceof Error ? err.message : String(err) });
    return;
  }
  const packed = packTokens(doc.tokens, doc.article.text);
  reply(packed ? { job: job.id, index: i, doc: { ...doc, tokens: [] }, packed } : { job: job.id, index: i, doc });
}
