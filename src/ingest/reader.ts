import type { Options } from "../config/options.js";
import type { RawArticle, Rejected } from "../model/article.js";
import type { IngestEffects } from "./effects.js";

/** What a reader made of one input: zero or more articles, and whatever it had to refuse. */
export interface ReadResult {
  articles: RawArticle[];
  rejected: Rejected[];
  warnings?: string[];
}

/**
 * Turns one input (a file path or URL) into raw articles. Readers are tried in order; the first
 * whose `accepts` says yes reads it.
 */
export interface InputReader {
  readonly name: string;
  /** `path` is a file path or URL; `bytes` is the file's start (files only), for sniffing content. */
  accepts(path: string, head?: Uint8Array): boolean;
  read(path: string, id: string, effects: IngestEffects, options: Options): Promise<ReadResult>;
}

/** File name stem: the stable source id ("000_a31687a6fbba120a" for ".../000_a31687a6fbba120a.txt"). */
export function idFromPath(path: string): string {
  const base = path.replace(/[?#].*$/, "").replace(/\/+$/, "").split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/\.(txt|text|md|html?|xml|rss|atom)$/i, "");
  return stem.replace(/[^\w.-]+/g, "-").replace(/^-+|-+$/g, "") || "source";
}
