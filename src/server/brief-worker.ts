import { parentPort } from "node:worker_threads";
import { runAnalysis } from "./analysis-request.js";
import type { BriefJob, BriefReply } from "./worker-briefer.js";

// The analysis thread of `parallax serve`: briefs or inspects one job at a time so the HTTP thread stays
// responsive and a job past its time limit can be stopped by ending this thread.
parentPort?.on("message", (job: BriefJob) => {
  let reply: BriefReply;
  try {
    reply = { id: job.id, result: runAnalysis(job) };
  } catch (err) {
    reply = { id: job.id, error: (err as Error).message ?? String(err) };
  }
  parentPort?.postMessage(reply);
});
parentPort?.postMessage({ id: 0, ready: true } satisfies BriefReply);
