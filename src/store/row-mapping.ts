import type { RawArticle } from "../model/article.js";
import type { ArticleListing, StoredArticle, StorySummary } from "./store.js";

/** An `articles` row as both backends return it (column names as in the schema). */
export interface ArticleRow {
  seq: number | string;
  id: string;
  hash: string;
  story_id: number | string;
  stored_at: string;
  path: string;
  url: string | null;
  outlet: string | null;
  title: string;
  published: string | null;
  copy_of: string | null;
  raw: string;
  text: string;
}

/** A row of the story summary query. */
export interface StoryRow {
  id: number | string;
  title: string;
  articles: number | string;
  outlets: number | string;
  first_update: string;
  last_update: string;
}

/** The `articles` columns of a listing: every one but the texts. */
export const ARTICLE_LISTING_COLUMNS = "seq, id, hash, story_id, stored_at, path, url, outlet, title, published, copy_of";

/** Map a stored row to the API shape; optional columns left out when NULL. */
export function toStoredArticle(r: ArticleRow): StoredArticle {
  return { ...toArticleListing(r), raw: JSON.parse(r.raw) as RawArticle, text: r.text };
}

/** Map a listing row (`ARTICLE_LISTING_COLUMNS`) to the API shape; optional columns left out when NULL. */
export function toArticleListing(r: Omit<ArticleRow, "raw" | "text">): ArticleListing {
  return {
    id: r.id,
    hash: r.hash,
    storyId: Number(r.story_id),
    seq: Number(r.seq),
    storedAt: r.stored_at,
    path: r.path,
    ...(r.url ? { url: r.url } : {}),
    ...(r.outlet ? { outlet: r.outlet } : {}),
    title: r.title,
    ...(r.published ? { published: r.published } : {}),
    ...(r.copy_of ? { copyOf: r.copy_of } : {}),
  };
}

export function toStorySummary(r: StoryRow): StorySummary {
  return {
    id: Number(r.id),
    title: r.title,
    articles: Number(r.articles),
    outlets: Number(r.outlets),
    firstUpdate: r.first_update,
    lastUpdate: r.last_update,
  };
}

/** The story summary query, shared by both backends (standard SQL). `WHERE` is appended by the caller. */
export const STORY_SUMMARY_SQL = `
SELECT s.id AS id, s.title AS title, COUNT(a.seq) AS articles,
       COUNT(DISTINCT COALESCE(a.outlet, a.id)) AS outlets,
       MIN(a.stored_at) AS first_update, MAX(a.stored_at) AS last_update
FROM stories s JOIN articles a ON a.story_id = s.id`;

/** The id to store under: the preferred id, or with the hash appended when another article has it. */
export function fallbackId(id: string, hash: string): string {
  return `${id}-${hash.slice(0, 8)}`;
}
