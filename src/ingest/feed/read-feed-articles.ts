import type { Options } from "../../config/options.js";
import type { RawArticle, Rejected } from "../../model/article.js";
import { detectForeignLanguage } from "../check-language.js";
import { fetchUrl, type FetchedPage } from "../fetch/fetch-url.js";
import { mapWithLimit } from "../fetch/map-with-limit.js";
import { htmlFragmentToText } from "../html/html-fragment-to-text.js";
import { readHtmlArticle } from "../html/read-html-article.js";
import type { ReadResult } from "../reader.js";
import { type FeedItem, parseFeed } from "./parse-feed.js";

/** A feed item whose own content has fewer words than this is read from its link instead (when online). */
const FULL_TEXT_WORDS = 150;
/** Item pages fetched at once. */
const FETCH_CONCURRENCY = 4;

/** How item pages are fetched; injected by tests. */
export type FetchPage = (url: string) => Promise<FetchedPage>;

const countWords = (s: string) => s.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;

/**
 * A feed's items (up to `options.feedLimit`) as raw articles, one source per item. An item that
 * carries its full text is read from the feed; a summary-only item is read from its link (fetched
 * with the same limits and SSRF checks as any URL, a few at a time), falling back to the summary
 * when the page cannot be fetched or `--offline` is set.
 * @example await readFeedArticles(xml, "news.rss", "news", normalizeOptions())
 */
export async function readFeedArticles(
  xml: string,
  path: string,
  id: string,
  options: Options,
  fetchPage: FetchPage = (url) => fetchUrl(url, { allowPrivateNetwork: options.allowPrivateNetwork, maxBytes: options.maxPageBytes }),
): Promise<ReadResult> {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    return { articles: [], rejected: [{ path, reason: (err as Error).message }] };
  }
  if (feed.items.length === 0) return { articles: [], rejected: [{ path, reason: "the feed has no items" }] };
  const items = feed.items.slice(0, options.feedLimit);
  const results = await mapWithLimit(items, FETCH_CONCURRENCY, (item, i) => readItem(item, `${id}-${i + 1}`, `${path}#${i + 1}`, feed.title, options, fetchPage));
  const articles: RawArticle[] = [];
  const rejected: Rejected[] = [];
  const warnings: string[] = [];
  for (const r of results) {
    articles.push(...r.articles);
    rejected.push(...r.rejected);
    warnings.push(...(r.warnings ?? []));
  }
  if (feed.items.length > items.length) warnings.push(`${path}: read ${items.length} of ${feed.items.length} feed items (set with --limit)`);
  return { articles, rejected, warnings };
}

async function readItem(item: FeedItem, id: string, fallbackPath: string, feedTitle: string | undefined, options: Options, fetchPage: FetchPage): Promise<ReadResult> {
  const path = item.link ?? fallbackPath;
  const fromFeed = htmlFragmentToText(item.content ?? item.summary ?? "");
  const warnings: string[] = [];
  if (countWords(fromFeed) < FULL_TEXT_WORDS && item.link && !options.offline) {
    try {
      const page = await fetchPage(item.link);
      const res = readHtmlArticle(page.bytes, path, id, options, { url: page.url, contentType: page.contentType });
      const a = res.articles[0];
      if (a) {
        const merged: RawArticle = { ...a, title: a.title ?? item.title, published: a.published ?? item.published, outlet: a.outlet ?? feedTitle };
        if (!merged.byline && item.author) merged.byline = item.author;
        return { articles: [stripUndefined(merged)], rejected: [], warnings: res.warnings ?? [] };
      }
      warnings.push(`${path}: ${res.rejected[0]?.reason ?? "no article in the page"}; used the feed's text`);
    } catch (err) {
      warnings.push(`${(err as Error).message}; used the feed's text`);
    }
  }
  if ((fromFeed.match(/\p{L}/gu) ?? []).length < 20) {
    return { articles: [], rejected: [{ path, reason: "feed item has no text and its page could not be read" }], warnings };
  }
  const foreign = detectForeignLanguage(fromFeed);
  if (foreign) return { articles: [], rejected: [{ path, reason: `not English (detected "${foreign}"); Parallax analyses English articles` }], warnings };
  const article: RawArticle = stripUndefined({
    id,
    path,
    body: fromFeed,
    lang: "en",
    title: item.title,
    outlet: feedTitle,
    published: item.published,
    byline: item.author,
    url: item.link,
  });
  return { articles: [article], rejected: [], warnings };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
