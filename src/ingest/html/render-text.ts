/** Tags whose content starts a new paragraph in the rendered text. */
const BLOCK_TAGS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "NAV", "BLOCKQUOTE", "PRE",
  "UL", "OL", "LI", "DL", "DT", "DD", "TABLE", "THEAD", "TBODY", "TR", "TD", "TH", "FIGURE", "FIGCAPTION",
  "H1", "H2", "H3", "H4", "H5", "H6", "HR", "ADDRESS", "DETAILS", "SUMMARY", "CENTER",
]);
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "TEXTAREA", "INPUT"]);

/** True for tags rendered as their own paragraph. */
export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/**
 * Render an element as plain text: one paragraph per block element separated by a blank line, `<br>`
 * as a line break, runs of white space collapsed (so `<p>a</p><p>b</p>` never glues "ab").
 */
export function renderText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? "").replace(/[\s\u00a0]+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push("\n\n");
    else if (tag === "TD" || tag === "TH") parts.push(" ");
    for (const child of el.childNodes) walk(child);
    if (block) parts.push("\n\n");
  };
  walk(root);
  return normalizeParagraphs(parts.join(""));
}

/** Trim each line, drop empty paragraphs, and keep exactly one blank line between paragraphs. */
export function normalizeParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split("\n")
        .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
        .filter(Boolean)
        .join("\n"),
    )
    .filter(Boolean)
    .join("\n\n");
}
