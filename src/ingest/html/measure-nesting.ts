/** Elements that never have a closing tag, so they do not deepen the tree. */
const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);

/**
 * The deepest element nesting in an HTML string, by a linear scan of its tags (no parse). HTML
 * parsers slow down sharply on pathological depth ("<div>" 100,000 times took 30-110 s in
 * htmlparser2), so pages far deeper than any real article are refused before parsing.
 * @example measureNesting("<div><p>a</p></div>") // 2
 */
export function measureNesting(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = (m[2] ?? "").toLowerCase();
    if (VOID.has(name) || m[3] === "/") continue;
    if (m[1] === "/") depth = Math.max(0, depth - 1);
    else if (++depth > max) {
      max = depth;
      if (max >= stopAt) return max;
    }
  }
  return max;
}
