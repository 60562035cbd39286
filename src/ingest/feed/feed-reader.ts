import { decodeHtmlBytes } from "../encoding/decode-html-bytes.js";
import type { InputReader } from "../reader.js";
import { readFeedArticles } from "./read-feed-articles.js";

/** RSS/Atom feed files: `.rss`, `.atom` and `.xml`; each item becomes a source. */
export const feedReader: InputReader = {
  name: "feed",
  accepts: (path) => !/^https?:\/\//i.test(path) && /\.(rss|atom|xml)$/i.test(path),
  read: async (path, id, effects, options) => {
    const bytes = await effects.readFile(path);
    if (bytes.length > options.maxPageBytes) {
      return { articles: [], rejected: [{ path, reason: `too large (${bytes.length} bytes; the limit is ${options.maxPageBytes}, set with --max-page-bytes)` }] };
    }
    const decoded = decodeHtmlBytes(bytes);
    const res = await readFeedArticles(decoded.text, path, id, options);
    return decoded.warning ? { ...res, warnings: [decoded.warning, ...(res.warnings ?? [])] } : res;
  },
};
