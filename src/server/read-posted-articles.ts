import type { Options } from "../config/options.js";
import type { IngestEffects } from "../ingest/effects.js";
import { readHtmlArticle } from "../ingest/html/read-html-article.js";
import { loadInputs } from "../ingest/load-inputs.js";
import { readTextArticle } from "../ingest/read-text-article.js";
import { idFromPath } from "../ingest/reader.js";
import type { RawArticle, Rejected } from "../model/article.js";
import type { PostedArticle } from "./request-schemas.js";

export interface PostedArticles {
  articles: RawArticle[];
  rejected: Rejected[];
}

const encoder = new TextEncoder();

/** Give each article a unique id: its label's stem, with "-2", "-3" ... on a clash. */
function claimId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/** The label a posted article is reported under in `rejected` and `path`. */
function labelOf(a: PostedArticle, index: number): string {
  if (a.name) return a.name;
  if (a.url) return a.url;
  return `${a.html !== undefined ? "html" : "pasted"}-${index + 1}`;
}

/** Client-given metadata wins over what was detected; empty strings are ignored. */
function withMetadata(raw: RawArticle, a: PostedArticle): RawArticle {
  const out: RawArticle = { ...raw };
  if (a.title?.trim()) out.title = a.title.trim();
  if (a.outlet?.trim()) out.outlet = a.outlet.trim();
  if (a.published?.trim()) out.published = a.published.trim();
  return out;
}

/**
 * Turn the articles of an API request into raw articles, through the same ingest the CLI uses:
 * text through the text checks, HTML through the HTML reader (extraction, metadata), URLs through `loadInputs` (so the
 * server's offline and private-network policy applies). Never throws for one bad article: it is
 * listed in `rejected` with the reason and the rest are read.
 */
export async function readPostedArticles(
  posted: readonly PostedArticle[],
  options: Options,
  effects: IngestEffects,
): Promise<PostedArticles> {
  const articles: RawArticle[] = [];
  const rejected: Rejected[] = [];
  const used = new Set<string>();
  for (const [index, a] of posted.entries()) {
    const label = labelOf(a, index);
    try {
      if (a.url !== undefined) {
        const res = await loadInputs([a.url], options, effects);
        rejected.push(...res.rejected);
        for (const raw of res.articles) articles.push(withMetadata({ ...raw, id: claimId(raw.id, used) }, a));
        continue;
      }
      const id = claimId(idFromPath(label), used);
      if (a.html !== undefined) {
        const res = readHtmlArticle(encoder.encode(a.html), label, id, options);
        rejected.push(...res.rejected);
        for (const raw of res.articles) articles.push(withMetadata(raw, a));
        continue;
      }
      const res = readTextArticle(encoder.encode(a.text ?? ""), label, id, options);
      rejected.push(...res.rejected);
      for (const raw of res.articles) articles.push(withMetadata(raw, a));
    } catch (err) {
      rejected.push({ path: label, reason: `cannot read: ${(err as Error).message ?? String(err)}` });
    }
  }
  return { articles, rejected };
}
