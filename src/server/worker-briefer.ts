import { Worker } from "node:worker_threads";
import type { Options } from "../config/options.js";
import type { RawArticle, Rejected } from "../model/article.js";
import type { Briefing } from "../model/briefing.js";
import type { DocJson } from "../render/inspect.js";
import { workerEntry } from "../runtime/worker-entry.js";
import { type AnalysisRequest, runAnalysis } from "./analysis-request.js";
import { ApiError } from "./api-error.js";

/** Runs the analysis of one request: in this thread, or in a worker thread that can be stopped. */
export interface Briefer {
  brief(articles: RawArticle[], options: Options, rejected: Rejected[]): Promise<Briefing>;
  /** The briefing of a stored story's articles (`GET /api/stories/:id/brief`). */
  briefStory(articles: RawArticle[], options: Options): Promise<Briefing>;
  /** What Parallax made of one article (`POST /api/inspect`). */
  inspect(article: RawArticle, options: Options): Promise<DocJson>;
  /** Get ready before the first request (load the NLP models). */
  warm?(): Promise<void>;
  close(): Promise<void>;
}

export type BriefJob = AnalysisRequest & { id: number };

export type BriefReply = { id: number; result?: Briefing | DocJson; error?: string; ready?: boolean };

/** Analyse in the calling thread (tests, small inputs): simple, but a long job cannot be stopped. */
export const inProcessBriefer: Briefer = {
  brief: async (articles, options, rejected) => runAnalysis({ kind: "brief", articles, options, rejected }) as Briefing,
  briefStory: async (articles, options) => runAnalysis({ kind: "story", articles, options }) as Briefing,
  inspect: async (article, options) => runAnalysis({ kind: "inspect", article, options }) as DocJson,
  close: async () => {},
};

/**
 * Analyse in one worker thread (src/server/brief-worker.ts), one job at a time. A job that runs past
 * `timeoutMs` is answered with 504 and the thread is ended (a new one starts for the next job), so one huge request cannot hold
 * the analysis for good and the HTTP thread keeps answering meanwhile.
 */
export function createWorkerBriefer(timeoutMs: number): Briefer {
  const entry = workerEntry(import.meta.url, "./brief-worker.ts", "./parallax-brief-worker.mjs");
  // A bundle built without its worker (an old dist/): brief in this thread rather than fail.
  if (!entry) return inProcessBriefer;
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();
  /** Closed for good (the server is stopping): queued jobs are refused instead of starting a thread. */
  let closed = false;
  const pending = new Map<number, { resolve(r: Briefing | DocJson): void; reject(e: Error): void }>();

  const stop = async () => {
    const w = worker;
    worker = undefined;
    ready = undefined;
    for (const p of pending.values()) p.reject(new ApiError(503, "the analysis was restarted; send the request again"));
    pending.clear();
    if (w) await w.terminate();
  };

  const start = (): Promise<void> => {
    if (ready) return ready;
    const w = new Worker(entry.source, { eval: entry.eval });
    worker = w;
    ready = new Promise<void>((resolve, reject) => {
      w.on("message", (reply: BriefReply) => {
        if (reply.ready) return resolve();
        const p = pending.get(reply.id);
        if (!p) return;
        pending.delete(reply.id);
        if (reply.result) p.resolve(reply.result);
        else p.reject(new Error(reply.error ?? "the analysis failed"));
      });
      w.on("error", (err) => {
        reject(err);
        for (const p of pending.values()) p.reject(err);
        pending.clear();
      });
      w.on("exit", () => {
        if (worker === w) {
          worker = undefined;
          ready = undefined;
        }
      });
    });
    return ready;
  };

  const run = async (job: AnalysisRequest): Promise<Briefing | DocJson> => {
    if (closed) throw new ApiError(503, "the server is stopping; send the request again once it is back");
    await start();
    const w = worker;
    if (!w) throw new Error("the analysis thread stopped");
    const id = nextId++;
    return new Promise<Briefing | DocJson>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new ApiError(504, `the analysis took longer than ${Math.round(timeoutMs / 1000)} s and was stopped; send fewer or shorter articles`));
        void stop();
      }, timeoutMs);
      pending.set(id, {
        resolve: (b) => {
          clearTimeout(timer);
          resolve(b);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      w.postMessage({ ...job, id } satisfies BriefJob);
    });
  };

  // One job at a time, in the order they came.
  const enqueue = (job: AnalysisRequest): Promise<Briefing | DocJson> => {
    const result = queue.then(() => run(job));
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    brief: (articles, options, rejected) => enqueue({ kind: "brief", articles, options, rejected }) as Promise<Briefing>,
    briefStory: (articles, options) => enqueue({ kind: "story", articles, options }) as Promise<Briefing>,
    inspect: (article, options) => enqueue({ kind: "inspect", article, options }) as Promise<DocJson>,
    warm: start,
    close: async () => {
      closed = true;
      await stop();
    },
  };
}
