import { createHash } from "node:crypto";
import type { Options } from "../config/options.js";
import type { RawArticle } from "../model/article.js";
import type { Briefing } from "../model/briefing.js";

export type BriefStoryArticles = (articles: RawArticle[], options: Options) => Promise<Briefing>;

/** What a stored story's briefing depends on: every article's id, text and copies, and the options. */
function cacheKey(articles: readonly RawArticle[], options: Options): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(options));
  for (const a of articles) {
    hash.update(`\0${a.id}\0${a.title ?? ""}\0${a.published ?? ""}\0${a.outlet ?? ""}\0${(a.alsoCarriedBy ?? []).join("\u0001")}\0`);
    hash.update(a.body);
  }
  return hash.digest("hex");
}

/**
 * Remember the last `capacity` briefings of stored stories: a story's briefing is a pure function of
 * its articles and the options, and a team's page asks for the same few stories again and again.
 * Requests for a briefing already being made wait for it instead of analysing the story again. A
 * story that gains, loses or changes an article has a new key, so nothing stale is served; a failed
 * analysis is not remembered.
 */
export function cacheStoryBriefs(brief: BriefStoryArticles, capacity = 8): BriefStoryArticles {
  const recent = new Map<string, Promise<Briefing>>();
  return (articles, options) => {
    const key = cacheKey(articles, options);
    const known = recent.get(key);
    if (known) {
      // Most recently used last.
      recent.delete(key);
      recent.set(key, known);
      return known;
    }
    const made = brief(articles, options);
    recent.set(key, made);
    made.catch(() => {
      if (recent.get(key) === made) recent.delete(key);
    });
    while (recent.size > capacity) recent.delete(recent.keys().next().value as string);
    return made;
  };
}
