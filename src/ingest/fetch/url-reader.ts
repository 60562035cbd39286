import { decodeHtmlBytes } from "../encoding/decode-html-bytes.js";
import { looksLikeFeed } from "../feed/parse-feed.js";
import { readFeedArticles } from "../feed/read-feed-articles.js";
import { readHtmlArticle } from "../html/read-html-article.js";
import { readTextArticle } from "../read-text-article.js";
import type { InputReader, ReadResult } from "../reader.js";
import { FetchError, fetchUrl } from "./fetch-url.js";

const FEED_TYPES = /^(application\/(rss|atom|rdf)\+xml|application\/xml|text\/xml)/i;

/**
 * `http(s)://` URLs: fetched (refused in `--offline` mode), then read as a feed when the content type
 * or the first bytes say so, as plain text for `text/plain`, else as an HTML page.
 */
export const urlReader: InputReader = {
  name: "url",
  accepts: (path) => /^https?:\/\//i.test(path),
  read: async (path, id, _effects, options): Promise<ReadResult> => {
    let page: Awaited<ReturnType<typeof fetchUrl>>;
    try {
      page = await fetchUrl(path, { offline: options.offline, allowPrivateNetwork: options.allowPrivateNetwork, maxBytes: options.maxPageBytes });
    } catch (err) {
      const reason = err instanceof FetchError ? err.reason : (err as Error).message;
      return { articles: [], rejected: [{ path, reason }] };
    }
    const type = page.contentType.toLowerCase();
    if (FEED_TYPES.test(type) || (!type.startsWith("text/html") && looksLikeFeed(decodeHtmlBytes(page.bytes, page.contentType).text))) {
      const decoded = decodeHtmlBytes(page.bytes, page.contentType);
      if (looksLikeFeed(decoded.text) || /rss|atom|rdf/.test(type)) return readFeedArticles(decoded.text, path, id, options);
    }
    if (type.startsWith("text/plain")) {
      const res = readTextArticle(page.bytes, path, id, options);
      return { ...res, articles: res.articles.map((a) => ({ ...a, url: page.url })) };
    }
    return readHtmlArticle(page.bytes, path, id, options, { url: page.url, contentType: page.contentType });
  },
};
