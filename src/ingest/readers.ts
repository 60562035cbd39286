import type { InputReader } from "./reader.js";
import { feedReader } from "./feed/feed-reader.js";
import { urlReader } from "./fetch/url-reader.js";
import { htmlReader } from "./html/html-reader.js";
import { textReader } from "./text-reader.js";

/**
 * Input readers in the order they are tried. More specific readers (HTML, feeds, URLs) go before
 * the plain-text reader, which accepts any file.
 */
export const READERS: InputReader[] = [urlReader, htmlReader, feedReader, textReader];

/** File extensions a folder walk picks up. */
export const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm", ".xml", ".rss", ".atom"]);
