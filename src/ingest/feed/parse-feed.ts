import { XMLParser } from "fast-xml-parser";

/** One feed entry, with whatever body the feed carries (HTML or text). */
export interface FeedItem {
  title?: string;
  link?: string;
  published?: string;
  author?: string;
  /** Full content (`content:encoded`, Atom `<content>`), usually HTML. */
  content?: string;
  /** Short summary (`<description>`, Atom `<summary>`), often HTML. */
  summary?: string;
  id?: string;
}

/** A parsed RSS or Atom feed. */
export interface Feed {
  kind: "rss" | "atom" | "rdf";
  title?: string;
  link?: string;
  items: FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
  textNodeName: "#text",
  cdataPropName: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  parseTagValue: false,
  isArray: (name) => ["item", "entry", "link", "category", "author", "dc:creator"].includes(name),
});

/** True when text looks like an RSS, RDF or Atom document (checked on its start). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "").replace(/<!--[\s\S]*?-->/g, "");
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head) && !/<html[\s>]/i.test(head);
}

/** Text of a parsed node: a string, `{#text}`, or an Atom text construct. */
function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || undefined;
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === "object") return textOf((v as Record<string, unknown>)["#text"]);
  return undefined;
}

/** The link of an RSS item (`<link>text</link>`) or Atom entry (`<link rel="alternate" href>`). */
function linkOf(v: unknown): string | undefined {
  const links = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const rated = links.map((l) => {
    if (typeof l === "string") return { href: l.trim(), rel: "alternate" };
    const o = (l ?? {}) as Record<string, unknown>;
    return { href: String(o["@href"] ?? o["#text"] ?? "").trim(), rel: String(o["@rel"] ?? "alternate") };
  });
  return (rated.find((l) => l.rel === "alternate" && l.href) ?? rated.find((l) => l.href))?.href || undefined;
}

/** An author name from RSS `<author>`/`<dc:creator>` or Atom `<author><name>`. */
function authorOf(item: Record<string, unknown>): string | undefined {
  const a = item.author ?? item["dc:creator"];
  const list = Array.isArray(a) ? a : a === undefined ? [] : [a];
  const names = list
    .map((x) => (x && typeof x === "object" && "name" in (x as object) ? textOf((x as Record<string, unknown>).name) : textOf(x)))
    .filter((x): x is string => Boolean(x));
  return names.length ? names.join(", ") : undefined;
}

/** A feed date as ISO 8601 (RFC 822 and RFC 3339 both parse with `Date`). */
function isoOf(v: unknown): string | undefined {
  const s = textOf(v);
  if (!s) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function itemFrom(raw: Record<string, unknown>): FeedItem {
  const item: FeedItem = {
    title: textOf(raw.title),
    link: linkOf(raw.link) ?? (raw.guid && (raw.guid as Record<string, unknown>)["@isPermaLink"] !== "false" ? textOf(raw.guid) : undefined),
    published: isoOf(raw.pubDate ?? raw.published ?? raw["dc:date"] ?? raw.updated),
    author: authorOf(raw),
    content: textOf(raw["content:encoded"] ?? raw.content),
    summary: textOf(raw.description ?? raw.summary),
    id: textOf(raw.guid ?? raw.id),
  };
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as FeedItem;
}

/**
 * Parse an RSS 2.0, RSS 1.0 (RDF) or Atom feed with fast-xml-parser.
 * @throws Error naming what was found when the text is not a feed.
 * @example parseFeed(xml).items[0]?.link
 */
export function parseFeed(xml: string): Feed {
  const doc = parser.parse(xml) as Record<string, unknown>;
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Record<string, unknown> | undefined;
    const items = (channel?.item ?? []) as Record<string, unknown>[];
    return { kind: "rss", title: textOf(channel?.title), link: linkOf(channel?.link), items: items.map(itemFrom) };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed) {
    const entries = (feed.entry ?? []) as Record<string, unknown>[];
    return { kind: "atom", title: textOf(feed.title), link: linkOf(feed.link), items: entries.map(itemFrom) };
  }
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  if (rdf) {
    const channel = rdf.channel as Record<string, unknown> | undefined;
    const items = (rdf.item ?? []) as Record<string, unknown>[];
    return { kind: "rdf", title: textOf(channel?.title), link: linkOf(channel?.link), items: items.map(itemFrom) };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith("?")) ?? "nothing";
  throw new Error(`not an RSS or Atom feed (root element <${root}>)`);
}
