import type { Options } from "../config/options.js";
import type { RawArticle } from "../model/article.js";
import type { Doc } from "../model/doc.js";
import type { PackedTokens } from "./pack-tokens.js";

/**
 * One brief's articles, sent to every analysis thread. `next` holds one Int32: the next unclaimed
 * block of `block` consecutive articles, shared by the caller and the threads (`Atomics.add` claims
 * one), so the work balances itself whatever each article costs. Consecutive articles often report
 * one story, so a thread that reads them together reuses its caches (compromise's votes on names).
 */
export interface AnalysisJob {
  readonly id: number;
  readonly articles: readonly RawArticle[];
  readonly options: Options;
  readonly next: SharedArrayBuffer;
  readonly block: number;
}

/** The article indices of block `b`. */
export function blockRange(job: Pick<AnalysisJob, "articles" | "block">, b: number): [number, number] {
  return [b * job.block, Math.min(job.articles.length, (b + 1) * job.block)];
}

/**
 * One analysed article, or its error. The Doc is plain data and crosses the thread boundary by
 * structured clone; its tokens, most of the cost, travel as columns in `packed` (then `doc.tokens` is empty).
 */
export type AnalysisReply =
  | { readonly job: number; readonly index: number; readonly doc: Doc; readonly packed?: PackedTokens }
  | { readonly job: number; readonly index: number; readonly error: string };
