import type { Options } from "../config/options.js";
import type { Fact } from "../model/fact.js";
import { awaitReply, type HeldDocs, postToThread } from "./analysis-pool.js";
import type { ComparisonBeside, SourceComparison } from "./brief-docs.js";

/**
 * Start the comparison beside this thread on the thread that holds a brief's Docs: it compares the
 * Docs at `keep` (their indices in the analysed batch, in the brief's order) at once, and takes
 * stages made from the facts when they are sent. A result that does not come (the thread failed or
 * went quiet) is undefined, and the caller computes it itself. Release the Docs when the brief is done.
 */
export function compareBeside(held: HeldDocs, keep: readonly number[], options: Options): ComparisonBeside {
  const { thread, job } = held;
  postToThread(thread, { kind: "compare", job, keep, options });
  const stages = new SharedArrayBuffer(4);
  const taken = new Int32Array(stages);
  let failed = false;
  let sources: SourceComparison | undefined;
  const results = new Map<number, unknown>();
  /** Read the thread's next reply; after one that is not what was expected, none. */
  const read = () => {
    const r = awaitReply(thread, job);
    if (r?.kind === "sources") sources = r.result;
    else if (r?.kind === "stage") results.set(r.index, r.result);
    else failed = true;
  };
  return {
    sendFacts: (facts: readonly Fact[]) => postToThread(thread, { kind: "facts", job, facts, stages }),
    claim: () => Atomics.add(taken, 0, 1),
    sources: (): SourceComparison | undefined => {
      while (!sources && !failed) read();
      return sources;
    },
    stageResult: (k: number): unknown => {
      while (!results.has(k) && !failed) read();
      return results.get(k);
    },
  };
}

/** Let the holding thread drop the brief's Docs. */
export function releaseDocs(held: HeldDocs): void {
  postToThread(held.thread, { kind: "release", job: held.job });
}
