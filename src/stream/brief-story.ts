import type { Options } from "../config/options.js";
import type { RawArticle } from "../model/article.js";
import type { Briefing } from "../model/briefing.js";
import { analyzeArticles } from "../pipeline/analyze-articles.js";
import { briefDocs } from "../pipeline/brief-docs.js";
import type { Store, StoredArticle, StorySummary } from "../store/store.js";
import { filterBriefingSince } from "./filter-briefing-since.js";

export interface StoryBriefing {
  story: StorySummary;
  briefing: Briefing;
  /** Articles stored after `since` (all of them when no date was given). */
  fresh: string[];
}

/** The raw articles to brief: originals only, each carrying where its syndicated copies were found. */
export function storyRawArticles(articles: readonly StoredArticle[]): RawArticle[] {
  const carriers = new Map<string, string[]>();
  for (const a of articles) {
    if (!a.copyOf) continue;
    carriers.set(a.copyOf, [...(carriers.get(a.copyOf) ?? []), a.url ?? a.path]);
  }
  return articles
    .filter((a) => !a.copyOf)
    .map((a) => {
      const also = [...(a.raw.alsoCarriedBy ?? []), ...(carriers.get(a.id) ?? [])];
      return { ...a.raw, id: a.id, ...(also.length > 0 ? { alsoCarriedBy: also } : {}) };
    });
}

/**
 * The briefing of a story's articles (from `storyRawArticles`): copies are already linked by the
 * store, so unlike `briefArticles` nothing is collapsed again.
 */
export function briefStoryArticles(articles: readonly RawArticle[], options: Options): Briefing {
  return briefDocs(analyzeArticles(articles, options), options, []);
}

/**
 * Brief a stored story. With `since` (ISO date), only facts, quotes and disagreements whose evidence
 * includes an article stored after it are kept. Returns null when the story does not exist. `brief`
 * runs the analysis (the server hands it to its analysis thread); by default it runs here.
 * @example await briefStory(store, 3, normalizeOptions(), { since: "2030-01-02" })
 */
export async function briefStory(
  store: Store,
  storyId: number,
  options: Options,
  opts: { since?: string; brief?: (articles: RawArticle[], options: Options) => Promise<Briefing> } = {},
): Promise<StoryBriefing | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  const articles = await store.storyArticles(story.id);
  const raw = storyRawArticles(articles);
  let briefing = opts.brief ? await opts.brief(raw, options) : briefStoryArticles(raw, options);
  const since = opts.since;
  let fresh = articles.filter((a) => !a.copyOf).map((a) => a.id);
  if (since !== undefined) {
    const at = new Date(since).getTime();
    // A copy stored later makes its original's facts news again only if it is new text; it is not.
    fresh = articles.filter((a) => !a.copyOf && new Date(a.storedAt).getTime() > at).map((a) => a.id);
    briefing = filterBriefingSince(briefing, new Set(fresh), since);
  }
  return { story, briefing, fresh };
}
