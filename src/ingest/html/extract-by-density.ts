import { hasBoilerplateClass } from "./boilerplate-patterns.js";
import { countWords, linkShareOf, textOf } from "./clean-article-dom.js";

const PARAGRAPH_SELECTOR = "p, pre, blockquote, li, h2, h3, h4, div, td";
const NOISE_SELECTOR = "script, style, noscript, template, nav, header, footer, aside, form, figure, figcaption, button, iframe, svg";

/**
 * Our own paragraph-density extractor, the last step of the fallback cascade: every text block with
 * few links scores its parent (and half its grandparent) by its length; the best container's
 * paragraphs, minus link-heavy ones, are the article. Works on pages where Readability finds nothing,
 * e.g. text laid out in `<div>`s and `<br>`s with no `<p>`.
 */
export function extractByDensity(document: Document): string {
  const body = document.body;
  if (!body) return "";
  for (const el of [...body.querySelectorAll(NOISE_SELECTOR)]) el.remove();
  const scores = new Map<Element, number>();
  for (const el of body.querySelectorAll(PARAGRAPH_SELECTOR)) {
    const own = ownText(el);
    const words = countWords(own);
    if (words < 8 || linkShareOf(el) > 0.5 || hasBoilerplateClass(el)) continue;
    const score = words * (/[.!?]["”’)]?\s*$/.test(own) ? 1.5 : 1);
    const parent = el.tagName === "DIV" || el.tagName === "TD" ? el : el.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, s] of scores) if (s > bestScore) [best, bestScore] = [el, s];
  if (!best) return "";
  const paragraphs: string[] = [];
  const collect = (el: Element): void => {
    const blockChildren = [...el.children].filter((c) => c.matches(PARAGRAPH_SELECTOR));
    if (blockChildren.length === 0 || ownText(el).length > textOf(el).length * 0.5) {
      const t = renderBreaks(el);
      if (t && linkShareOf(el) < 0.5 && !hasBoilerplateClass(el)) paragraphs.push(t);
      return;
    }
    for (const c of el.children) if (!hasBoilerplateClass(c)) collect(c);
  };
  collect(best);
  return paragraphs.join("\n\n");
}

/** Text of an element's own text nodes and inline children, not of its block children. */
function ownText(el: Element): string {
  let s = "";
  for (const n of el.childNodes) {
    if (n.nodeType === 3) s += n.nodeValue ?? "";
    else if (n.nodeType === 1 && !(n as Element).matches(PARAGRAPH_SELECTOR)) s += (n as Element).textContent ?? "";
  }
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/** An element's text with `<br>` runs kept as paragraph breaks. */
function renderBreaks(el: Element): string {
  const html = el.innerHTML.replace(/(<br\s*\/?>\s*){2,}/gi, "\n\n").replace(/<br\s*\/?>/gi, "\n");
  const tmp = el.ownerDocument.createElement("div");
  tmp.innerHTML = html;
  return (tmp.textContent ?? "")
    .split(/\n{2,}/)
    .map((p) => p.replace(/[\s\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n\n");
}
