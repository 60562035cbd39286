import type { Options } from "../config/options.js";
import type { RawArticle } from "../model/article.js";
import type { Doc } from "../model/doc.js";
import { analyzeInPool, type HeldDocs } from "./analysis-pool.js";
import { analyzeBlock } from "./analyze-article.js";
import { spareCores } from "./spare-cores.js";

/**
 * Below this many articles a brief stays in this thread: an analysis thread takes about a second
 * to load the NLP models, more than five articles take to analyse.
 */
export const POOL_MIN_ARTICLES = 32;

/**
 * ...and below this much text (characters of every body together). An analysis thread starts in
 * ~1.3 s of CPU (the bundled worker loading the models), so it only shortens a brief whose analysis
 * is longer than that. Measured on an idle 2-core machine with `parallax brief` over Multi-News
 * articles (PARALLAX_THREADS=0 vs 1): 40 articles (228 KB) 1.43 s either way, for 0.7 s more CPU;
 * 80 (524 KB) 2.56 -> 2.30 s; 320 (1.9 MB) 7.3 -> 6.1 s.
 */
export const POOL_MIN_CHARACTERS = 300_000;

export interface PoolChoice {
  /** Analysis threads besides this one (default: PARALLAX_THREADS if set, else one per idle spare core). */
  readonly threads?: number;
  /** Use the threads from this many articles on (default POOL_MIN_ARTICLES)... */
  readonly minArticles?: number;
  /** ...and this many characters of text (default POOL_MIN_CHARACTERS). */
  readonly minCharacters?: number;
  /** False: this thread only collects, every Doc comes from a thread (tests). */
  readonly callerAnalyses?: boolean;
  /** True: the first thread keeps every Doc, for comparison stages beside this thread (see held-docs.ts). */
  readonly hold?: boolean;
}

/**
 * PARALLAX_THREADS=n sets the number of analysis threads (0: all in this thread); by default one per
 * core that is idle now besides this thread's (see spareCores).
 */
export function defaultThreads(): number {
  const set = Number.parseInt(process.env.PARALLAX_THREADS ?? "", 10);
  return Number.isFinite(set) && set >= 0 ? set : spareCores();
}

/** Whether a brief of these articles is big enough for analysis threads to shorten it. */
export function bigEnoughForThreads(articles: readonly RawArticle[], choice: PoolChoice = {}): boolean {
  if (articles.length < (choice.minArticles ?? POOL_MIN_ARTICLES)) return false;
  const minCharacters = choice.minCharacters ?? POOL_MIN_CHARACTERS;
  let characters = 0;
  for (const article of articles) {
    characters += article.body.length;
    if (characters >= minCharacters) return true;
  }
  return characters >= minCharacters;
}

/** Articles analysed together, stage by stage (see `analyzeBlock`), in this thread. */
const BLOCK = 8;

/** Every article analysed in this thread, in blocks of BLOCK; the first failing article's error is raised. */
function analyzeHere(articles: readonly RawArticle[], options: Options): Doc[] {
  const docs: Doc[] = [];
  for (let from = 0; from < articles.length; from += BLOCK) {
    for (const { doc, error } of analyzeBlock(articles.slice(from, from + BLOCK), options)) {
      if (!doc) throw error;
      docs.push(doc);
    }
  }
  return docs;
}

/** Analysed articles in input order, and a thread that holds them too (when `hold` was asked and threads ran). */
export interface AnalyzedBatch {
  readonly docs: Doc[];
  readonly held?: HeldDocs;
}

/**
 * Clean, segment and annotate every article, in input order: on this thread for small briefs, and
 * with analysis threads (one per idle spare core) for many articles. Either way the Docs are the same.
 * @example analyzeBatch(raws, normalizeOptions()).docs.length === raws.length
 */
export function analyzeBatch(articles: readonly RawArticle[], options: Options, choice: PoolChoice = {}): AnalyzedBatch {
  const inThisThread = () => ({ docs: analyzeHere(articles, options) });
  if (!bigEnoughForThreads(articles, choice)) return inThisThread();
  const threads = choice.threads ?? defaultThreads();
  if (threads < 1) return inThisThread();
  return analyzeInPool(articles, options, threads, choice.callerAnalyses ?? true, choice.hold ?? false);
}

/**
 * `analyzeBatch`'s Docs alone.
 * @example analyzeArticles(raws, normalizeOptions()).length === raws.length
 */
export function analyzeArticles(articles: readonly RawArticle[], options: Options, choice: PoolChoice = {}): Doc[] {
  return analyzeBatch(articles, options, { ...choice, hold: false }).docs;
}
