import { findArticleNode, nameOf, readJsonLd } from "./read-json-ld.js";

/** What the page says about itself, each field from the most reliable place that has it. */
export interface PageMetadata {
  title?: string;
  byline?: string;
  site?: string;
  published?: string;
  lang?: string;
  /** The page's canonical URL (`<link rel=canonical>`, og:url), absolute. */
  url?: string;
  /** JSON-LD `articleBody`, when the page publishes one (a fallback for thin extractions). */
  articleBody?: string;
}

/** The content of the first `<meta>` whose property/name/itemprop matches one of `keys`, in order of `keys`. */
function readMeta(document: Document, keys: string[]): string | undefined {
  const metas = [...document.querySelectorAll("meta")];
  for (const key of keys) {
    for (const m of metas) {
      const k = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? "").toLowerCase();
      const content = m.getAttribute("content")?.trim();
      if (k === key && content) return content;
    }
  }
  return undefined;
}

/** A date string as ISO 8601, or undefined when it does not parse. Date-only input stays date-only. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** A site name from the URL host when the page names none: `www.example-news.com` -> `example-news.com`. */
function siteFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}

/** A "Headline | Site" title loses its site suffix when the suffix is the site name. */
function stripSiteSuffix(title: string, site: string | undefined): string {
  if (!site) return title;
  const parts = title.split(/\s+[|\-–—:·]\s+/);
  if (parts.length > 1 && parts[parts.length - 1]?.toLowerCase() === site.toLowerCase()) {
    return parts.slice(0, -1).join(" - ");
  }
  return title;
}

/**
 * Read title, byline, site name, publication date, language and JSON-LD body from JSON-LD first, then
 * OpenGraph/Twitter/article meta tags, then plain HTML (`<title>`, `<html lang>`, `<time datetime>`).
 */
export function extractMetadata(document: Document, url?: string): PageMetadata {
  const node = findArticleNode(readJsonLd(document));
  // og:site_name names the outlet carrying the page; JSON-LD `publisher` can name a wire service whose
  // story it syndicates, so it comes second.
  const site =
    readMeta(document, ["og:site_name", "application-name"]) ??
    nameOf(node?.publisher) ??
    readMeta(document, ["twitter:site"])?.replace(/^@/, "") ??
    siteFromUrl(url ?? readMeta(document, ["og:url"]));
  const rawTitle =
    nameOf(node?.headline) ??
    readMeta(document, ["og:title", "twitter:title", "title"]) ??
    document.querySelector("title")?.textContent?.trim();
  const byline =
    nameOf(node?.author) ??
    readMeta(document, ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"]);
  const published = toIsoDate(
    (typeof node?.datePublished === "string" ? node.datePublished : undefined) ??
      readMeta(document, [
        "article:published_time",
        "datepublished",
        "og:published_time",
        "pubdate",
        "publishdate",
        "dc.date",
        "dc.date.issued",
        "date",
        "sailthru.date",
        "parsely-pub-date",
      ]) ??
      document.querySelector("time[datetime]")?.getAttribute("datetime") ??
      undefined,
  );
  const lang =
    document.documentElement?.getAttribute("lang")?.trim() ||
    readMeta(document, ["og:locale", "content-language", "language"])?.replace("_", "-") ||
    (typeof node?.inLanguage === "string" ? node.inLanguage : undefined);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? readMeta(document, ["og:url"]);
  const articleBody = typeof node?.articleBody === "string" ? node.articleBody.trim() || undefined : undefined;
  const decoded = rawTitle ? decodeEntities(rawTitle) : undefined;
  return {
    title: decoded ? stripSiteSuffix(decoded, site) : undefined,
    byline: byline ? decodeEntities(byline).replace(/^by\s+/i, "") : undefined,
    site: site ? decodeEntities(site) : undefined,
    published,
    lang: lang || undefined,
    url: absoluteUrl(canonical, url),
    articleBody: articleBody ? decodeEntities(articleBody) : undefined,
  };
}

/** Resolve a possibly relative URL against the page URL; undefined when it is not an http(s) URL. */
function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** JSON-LD strings sometimes carry HTML entities (`&amp;`, `&#8217;`); decode the common ones. */
function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => named[n.toLowerCase()] ?? m)
    .trim();
}
