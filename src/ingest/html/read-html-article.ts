import type { Options } from "../../config/options.js";
import type { RawArticle } from "../../model/article.js";
import { detectForeignLanguage } from "../check-language.js";
import { decodeHtmlBytes } from "../encoding/decode-html-bytes.js";
import type { ReadResult } from "../reader.js";
import { extractArticle } from "./extract-article.js";
import { measureNesting } from "./measure-nesting.js";

/** Where a page came from: its URL (for fetched pages) and the HTTP Content-Type (for the charset). */
export interface PageOrigin {
  url?: string;
  contentType?: string;
}

/**
 * Bytes of one HTML page -> one raw article with its outlet, date, byline and language, or the reason
 * it cannot be used (too large, no article text, not English — the same checks as text files).
 * @example readHtmlArticle(bytes, "saved/story.html", "story", normalizeOptions())
 */
/** Real pages nest a few dozen levels; parsers slow down sharply on pathological depth. */
const MAX_NESTING = 2000;

export function readHtmlArticle(bytes: Uint8Array, path: string, id: string, options: Options, origin: PageOrigin = {}): ReadResult {
  if (bytes.length > options.maxPageBytes) {
    return { articles: [], rejected: [{ path, reason: `too large (${bytes.length} bytes; the limit is ${options.maxPageBytes}, set with --max-page-bytes)` }] };
  }
  const decoded = decodeHtmlBytes(bytes, origin.contentType);
  if (measureNesting(decoded.text, MAX_NESTING + 1) > MAX_NESTING) {
    return { articles: [], rejected: [{ path, reason: `HTML nested deeper than ${MAX_NESTING} levels; no real article page is` }] };
  }
  const page = extractArticle(decoded.text, origin.url);
  const warnings = [...(decoded.warning ? [decoded.warning] : []), ...page.warnings];
  const letters = (page.text.slice(0, 20000).match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return { articles: [], rejected: [{ path, reason: "no article text found in the page (is it a front page or a script-only app?)" }], warnings };
  const foreign = detectForeignLanguage(page.text);
  if (foreign) {
    return { articles: [], rejected: [{ path, reason: `not English (detected "${foreign}"); Parallax analyses English articles` }], warnings };
  }
  return { articles: [toRawArticle(page, path, id, origin.url)], rejected: [], warnings };
}

/** An extracted page as a RawArticle: the outlet name and publication date come from the page. */
export function toRawArticle(page: ReturnType<typeof extractArticle>, path: string, id: string, url?: string): RawArticle {
  const article: RawArticle = { id, path, body: page.text, lang: "en" };
  if (page.title) article.title = page.title;
  if (page.site) article.outlet = page.site;
  if (page.published) article.published = page.published;
  if (page.byline) article.byline = page.byline;
  const link = url ?? page.url;
  if (link) article.url = link;
  return article;
}
