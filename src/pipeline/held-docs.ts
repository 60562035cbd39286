import type { Options } from "../config/options.js";
import type { Fact } from "../model/fact.js";
import { awaitReply, type HeldDocs, postToThread } from "./analysis-pool.js";
import type { AnalysisReply } from "./analysis-protocol.js";
import type { ComparisonBeside, FactSynthesis, SourceComparison } from "./brief-docs.js";

/**
 * Start the comparison beside this thread on the thread that holds a brief's Docs: it compares the
 * Docs at `keep` (their indices in the analysed batch, in the brief's order) at once, and synthesizes
 * from the facts when they are sent. A result that does not come (the thread failed or went quiet)
 * is undefined, and the caller computes it itself. Release the Docs when the brief is done.
 */
export function compareBeside(held: HeldDocs, keep: readonly number[], options: Options): ComparisonBeside {
  const { thread, job } = held;
  postToThread(thread, { kind: "compare", job, keep, options });
  let failed = false;
  /** The thread's next reply; after one that is not what was expected, none. */
  const next = (): AnalysisReply | undefined => {
    const r = failed ? undefined : awaitReply(thread, job);
    failed = r === undefined || r.kind === "failed";
    return r;
  };
  return {
    sendFacts: (facts: readonly Fact[]) => postToThread(thread, { kind: "facts", job, facts }),
    sources: (): SourceComparison | undefined => {
      const r = next();
      return r?.kind === "sources" ? r.result : undefined;
    },
    synthesis: (): FactSynthesis | undefined => {
      const r = next();
      return r?.kind === "synthesis" ? r.result : undefined;
    },
  };
}

/** Let the holding thread drop the brief's Docs. */
export function releaseDocs(held: HeldDocs): void {
  postToThread(held.thread, { kind: "release", job: held.job });
}
