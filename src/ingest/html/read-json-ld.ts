/** A JSON-LD node as found in `<script type="application/ld+json">`: loosely typed on purpose. */
export type JsonLdNode = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|NewsArticle|Report|LiveBlogPosting|WebPage|Posting)$/;

/** Every JSON-LD object on the page, with `@graph` arrays and nested lists flattened; broken blocks are skipped. */
export function readJsonLd(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) visit(v);
    else if (value && typeof value === "object") {
      const node = value as JsonLdNode;
      nodes.push(node);
      if (node["@graph"]) visit(node["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    // Pages often leave raw control characters or a trailing ";" in the block; strip before parsing.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing raw control characters is the point
    const raw = (script.textContent ?? "").replace(/[\u0000-\u001f]+/g, " ").trim().replace(/;$/, "");
    try {
      visit(JSON.parse(raw));
    } catch {
      // A malformed block carries nothing we can trust; the meta tags still apply.
    }
  }
  return nodes;
}

/** Types of a node as strings (`@type` may be a string or an array). */
function typesOf(node: JsonLdNode): string[] {
  const t = node["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** The page's article node: the first whose `@type` names an article kind, preferring one with `articleBody`. */
export function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t) && t !== "WebPage"));
  return (
    articles.find((n) => typeof n.articleBody === "string") ??
    articles[0] ??
    nodes.find((n) => typesOf(n).includes("WebPage"))
  );
}

/** A readable name from a JSON-LD value: a string, `{name}` or a list of either (joined with ", "). */
export function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((x): x is string => Boolean(x));
    return names.length ? [...new Set(names)].join(", ") : undefined;
  }
  if (value && typeof value === "object") return nameOf((value as JsonLdNode).name);
  return undefined;
}
