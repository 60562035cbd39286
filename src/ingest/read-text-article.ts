import type { Options } from "../config/options.js";
import { detectForeignLanguage } from "./check-language.js";
import { decodeText } from "./decode-text.js";
import type { ReadResult } from "./reader.js";

/** Bytes of one plain-text article -> a raw article, or the reason it cannot be used. */
export function readTextArticle(bytes: Uint8Array, path: string, id: string, options: Options): ReadResult {
  if (bytes.length > options.maxFileBytes) {
    return {
      articles: [],
      rejected: [{ path, reason: `too large (${bytes.length} bytes; the limit is ${options.maxFileBytes}, set with --max-bytes)` }],
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { articles: [], rejected: [{ path, reason: decoded.reason }] };
  const text = decoded.text;
  if (!text.trim()) return { articles: [], rejected: [{ path, reason: "no text (only white space)" }] };
  const letters = (text.slice(0, 20000).match(/\p{L}/gu) ?? []).length;
  if (letters < 20) return { articles: [], rejected: [{ path, reason: "no article text (fewer than 20 letters)" }] };
  const words = text.slice(0, 20000).split(/\s+/).filter(Boolean);
  // "aaaa…" as one 100,000-letter word: few distinct characters, whatever the word count.
  const distinctChars = new Set(text.slice(0, 20000).replace(/\s+/g, "")).size;
  if (distinctChars <= 3 || (new Set(words).size <= 2 && words.length > 20)) {
    return { articles: [], rejected: [{ path, reason: "no article text (one word or character repeated)" }] };
  }
  const foreign = detectForeignLanguage(text);
  if (foreign) {
    return { articles: [], rejected: [{ path, reason: `not English (detected "${foreign}"); Parallax analyses English articles` }] };
  }
  return { articles: [{ id, path, body: text, lang: "en" }], rejected: [], ...(decoded.warning ? { warnings: [decoded.warning] } : {}) };
}
