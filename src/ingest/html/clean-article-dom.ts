import { hasBoilerplateClass } from "./boilerplate-patterns.js";
import { matchTextRule } from "./boilerplate-text-rules.js";
import { isBlockTag } from "./render-text.js";

/** A block that post-cleaning removed, and why. */
export interface RemovedBlock {
  rule: string;
  text: string;
}

/** Elements that are never article prose, whatever their class. */
const FURNITURE_SELECTOR = "figure, figcaption, picture, nav, aside, form, button, noscript, [hidden], [aria-hidden='true'], [role='navigation'], [role='complementary']";

const LEAF_BLOCK_SELECTOR = "p, li, h1, h2, h3, h4, h5, h6, dd, dt, blockquote, div, span, td";

/** Collapsed text of a node. */
export function textOf(el: Element): string {
  return (el.textContent ?? "").replace(/[\s\u00a0]+/g, " ").trim();
}

/** Number of `\w+` words in a string. */
export function countWords(s: string): number {
  return s.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

/** Share of an element's text that sits inside links. */
export function linkShareOf(el: Element, text = textOf(el)): number {
  if (!text) return 0;
  // A headline wrapped in its link ("<a><h4>Other story</h4></a>") is all link.
  if (el.closest("a")) return 1;
  let linked = 0;
  for (const a of el.querySelectorAll("a")) linked += textOf(a).length;
  return Math.min(1, linked / text.length);
}

/** True when no block element sits below `el` (its text is one paragraph). */
function isLeafBlock(el: Element): boolean {
  for (const child of el.querySelectorAll("*")) if (isBlockTag(child.tagName.toUpperCase())) return false;
  return true;
}

/**
 * Remove what Readability leaves inside an article: figures and captions, elements whose class names
 * page furniture (share bars, newsletter boxes, bylines, ad slots, related stories), and paragraphs the
 * text rules call boilerplate (photo credits, "Read more:" pointers, ad labels, calls to action).
 * An element holding most of the article's text is never removed by class alone.
 */
export function cleanArticleDom(root: Element, title?: string): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  const drop = (el: Element, rule: string) => {
    removed.push({ rule, text: textOf(el).slice(0, 200) });
    el.remove();
  };
  for (const el of [...root.querySelectorAll(FURNITURE_SELECTOR)]) if (el.parentNode) drop(el, "furniture-element");
  const total = textOf(root).length || 1;
  for (const el of [...root.querySelectorAll("*")]) {
    if (!el.parentNode || !hasBoilerplateClass(el)) continue;
    if (textOf(el).length > 0.5 * total) continue;
    drop(el, "boilerplate-class");
  }
  const normTitle = title ? normalizeForCompare(title) : "";
  let seenText = false;
  for (const el of [...root.querySelectorAll(LEAF_BLOCK_SELECTOR)]) {
    if (!el.parentNode || !isLeafBlock(el)) continue;
    const tag = el.tagName.toUpperCase();
    // Inline-only wrappers (span) are judged only when they stand alone as a block's whole content.
    if (tag === "SPAN" && el.parentElement && textOf(el.parentElement) !== textOf(el)) continue;
    const text = textOf(el);
    if (!text) continue;
    // The headline repeated at the top of the body is not body text.
    if (!seenText && /^H[1-6]$/.test(tag) && normTitle && normalizeForCompare(text) === normTitle) {
      drop(el, "repeated-title");
      continue;
    }
    const rule = matchTextRule(text, countWords(text), linkShareOf(el, text));
    if (rule) drop(el, rule.name);
    else if (isImageCaption(el, text)) drop(el, "image-caption");
    else if (countWords(text) > 8) seenText = true;
  }
  return removed;
}

/**
 * A short block that is the only text in a small container holding an image is that image's caption
 * (`<div><img><p>An artist's concept of the lander.</p></div>`), figure markup or not.
 */
function isImageCaption(el: Element, text: string): boolean {
  if (countWords(text) > 40 || el.querySelector("img")) return false;
  const box = el.parentElement;
  if (!box?.querySelector("img")) return false;
  return textOf(box) === text;
}

function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
