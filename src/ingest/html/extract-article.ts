import { Readability } from "@mozilla/readability";
import { detectLanguageCode } from "../check-language.js";
import { cleanArticleDom, countWords, type RemovedBlock } from "./clean-article-dom.js";
import { extractByDensity } from "./extract-by-density.js";
import { extractMetadata, type PageMetadata } from "./extract-metadata.js";
import { parseHtmlDocument } from "./parse-html.js";
import { unwrapSocialEmbeds } from "./unwrap-social-embeds.js";
import { normalizeParagraphs, renderText } from "./render-text.js";

/**
 * The article as Parallax reads it from one HTML page: the page's metadata (title, byline, site — the
 * outlet's name —, published, lang, url) and the extracted body.
 */
export interface ExtractedArticle extends Omit<PageMetadata, "articleBody"> {
  /** The article body: paragraphs separated by a blank line. */
  text: string;
  /** Which step of the cascade produced `text`. */
  method: "readability" | "json-ld" | "density" | "none";
  /** Blocks removed after Readability, with the rule that removed each. */
  removed: RemovedBlock[];
  /** Notes on a weak extraction ("came out thin"), for `doc.warnings`. */
  warnings: string[];
}

/** The text's language by tinyld when the page declares none; unsure on short text, so left out there. */
function detectLanguage(text: string): string | undefined {
  return text.length >= 200 ? detectLanguageCode(text.slice(0, 4000)) || undefined : undefined;
}

/** Readability's time grows steeply with nesting (1.6 s at 300 levels here); real pages stay far below this. */
const MAX_READABILITY_DEPTH = 120;

/** Deepest element nesting under `root`, walked iteratively (no recursion limit). */
function measureDepth(root: Element | null): number {
  if (!root) return 0;
  let most = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, d] = stack.pop() as [Element, number];
    if (d > most) most = d;
    for (const child of el.children) stack.push([child, d + 1]);
  }
  return most;
}

/** Below this many words an extraction is "thin" and the next step of the cascade runs. */
const THIN_WORDS = 80;

/**
 * Extract the main article and its metadata from an HTML page.
 *
 * A cascade where each step runs only when the one before under-delivered (trafilatura's design):
 * Readability + our post-clean; then JSON-LD `articleBody` when it is much longer; then our own
 * paragraph-density extractor.
 *
 * @example extractArticle("<html>...</html>", "https://news.example/a").text
 */
export function extractArticle(html: string, url?: string): ExtractedArticle {
  const warnings: string[] = [];
  // Metadata is read first: Readability mutates the document (it drops <script>, where JSON-LD lives).
  const document = parseHtmlDocument(html);
  const meta = extractMetadata(document, url);
  unwrapSocialEmbeds(document);
  let removed: RemovedBlock[] = [];
  let text = "";
  let method: ExtractedArticle["method"] = "none";
  let readabilityTitle: string | undefined;
  const depth = measureDepth(document.body);
  if (depth > MAX_READABILITY_DEPTH) warnings.push(`page nests elements ${depth} deep; Readability skipped (it slows down sharply on deep trees)`);
  else try {
    const result = new Readability<Element>(document, { keepClasses: true, serializer: (n) => n as Element }).parse();
    if (result?.content) {
      removed = cleanArticleDom(result.content, meta.title ?? result.title ?? undefined);
      text = renderText(result.content);
      method = "readability";
      readabilityTitle = result.title ?? undefined;
    }
  } catch (error) {
    warnings.push(`readability failed: ${(error as Error).message}`);
  }
  const words = countWords(text);
  if (meta.articleBody && countWords(meta.articleBody) > Math.max(THIN_WORDS, words * 1.5)) {
    text = normalizeParagraphs(meta.articleBody.replace(/\r\n?/g, "\n"));
    method = "json-ld";
  } else if (words < THIN_WORDS) {
    const dense = extractByDensity(parseHtmlDocument(html));
    if (countWords(dense) > words * 1.2) {
      text = dense;
      method = "density";
    }
  }
  if (!text) method = "none";
  if (countWords(text) < THIN_WORDS) warnings.push(`extraction came out thin (${countWords(text)} words, by ${method})`);
  return {
    title: meta.title ?? readabilityTitle,
    byline: meta.byline,
    site: meta.site,
    published: meta.published,
    lang: meta.lang ?? detectLanguage(text),
    url: meta.url,
    text,
    method,
    removed,
    warnings,
  };
}
