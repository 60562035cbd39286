import type { Options } from "../config/options.js";
import type { RawArticle } from "../model/article.js";
import type { Doc } from "../model/doc.js";
import type { Fact } from "../model/fact.js";
import type { SourceComparison } from "./brief-docs.js";
import type { PackedTokens } from "./pack-tokens.js";

/**
 * One brief's articles, sent to every analysis thread. `next` holds one Int32: the next unclaimed
 * block of `block` consecutive articles, shared by the caller and the threads (`Atomics.add` claims
 * one), so the work balances itself whatever each article costs. Consecutive articles often report
 * one story, so a thread that reads them together reuses its caches (the lexicon's votes on names).
 * With `hold`, this thread also keeps every Doc of the job (its own, and the others' sent as `HeldDoc`)
 * to run comparison stages beside the caller (see held-docs.ts).
 */
export interface AnalysisJob {
  readonly kind: "job";
  readonly id: number;
  readonly articles: readonly RawArticle[];
  readonly options: Options;
  readonly next: SharedArrayBuffer;
  readonly block: number;
  readonly hold: boolean;
}

/** The indices of block `b`. */
export function blockRange(job: Pick<AnalysisJob, "articles" | "block">, b: number): [number, number] {
  return [b * job.block, Math.min(job.articles.length, (b + 1) * job.block)];
}

/**
 * A Doc as it crosses between threads: plain data by structured clone, except its tokens, most of
 * the cost, which travel as columns in `packed` (then `doc.tokens` is empty).
 */
export interface SentDoc {
  readonly doc: Doc;
  readonly packed?: PackedTokens;
}

/** To the holding thread: a Doc of the job analysed elsewhere. */
export interface HeldDoc extends SentDoc {
  readonly kind: "doc";
  readonly job: number;
  readonly index: number;
}

/** To the holding thread: compare the held Docs at `keep` (in this order), then await the facts. */
export interface CompareRequest {
  readonly kind: "compare";
  readonly job: number;
  readonly keep: readonly number[];
  readonly options: Options;
}

/**
 * To the holding thread: the aligned facts of the compared Docs. `stages` holds one Int32, the next
 * stage of FACT_STAGES (brief-docs.ts) not yet taken, shared with the caller (`Atomics.add` takes one).
 */
export interface FactsMessage {
  readonly kind: "facts";
  readonly job: number;
  readonly facts: readonly Fact[];
  readonly stages: SharedArrayBuffer;
}

/** To the holding thread: the brief is over, drop its Docs. */
export interface ReleaseMessage {
  readonly kind: "release";
  readonly job: number;
}

export type ToAnalysisThread = AnalysisJob | HeldDoc | CompareRequest | FactsMessage | ReleaseMessage;

/** From a thread: one analysed article, or its error; the source comparison, a fact stage's result (by its index in FACT_STAGES), or a stage's error. */
export type AnalysisReply =
  | (SentDoc & { readonly kind: "doc"; readonly job: number; readonly index: number })
  | { readonly kind: "error"; readonly job: number; readonly index: number; readonly error: string }
  | { readonly kind: "sources"; readonly job: number; readonly result: SourceComparison }
  | { readonly kind: "stage"; readonly job: number; readonly index: number; readonly result: unknown }
  | { readonly kind: "failed"; readonly job: number; readonly error: string };
