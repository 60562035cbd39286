import { cleanArticleDom } from "./clean-article-dom.js";
import { parseHtmlDocument } from "./parse-html.js";
import { normalizeParagraphs, renderText } from "./render-text.js";

/**
 * Plain text of an HTML fragment that is already the article (a feed item's `content:encoded`):
 * no main-content detection, only the post-clean (share bars, credits, "read more") and paragraphs.
 * Text without tags passes through with its paragraphs kept.
 */
export function htmlFragmentToText(fragment: string): string {
  if (!/<[a-z][\s\S]*>/i.test(fragment)) return normalizeParagraphs(fragment.replace(/\r\n?/g, "\n"));
  const document = parseHtmlDocument(`<!DOCTYPE html><html><head></head><body>${fragment}</body></html>`);
  const body = document.body;
  if (!body) return "";
  cleanArticleDom(body);
  return renderText(body);
}
