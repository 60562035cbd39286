import { existsSync } from "node:fs";
import { DEFAULT_DB, isPostgresUrl, openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { briefStory, briefStoryArticles } from "../stream/brief-story.js";
import { cacheStoryBriefs } from "./story-brief-cache.js";
import type { StoryStore } from "./story-store.js";
import type { Briefer } from "./worker-briefer.js";

/**
 * The server's view of a `Store`: stories listed newest first (ids as strings in URLs), each briefed
 * through the same `briefStory` the CLI's `brief --story` uses, with the analysis run by `briefer`
 * when one is given (the server's analysis thread, so a large story does not hold the HTTP thread).
 * The last few briefings are remembered (see `cacheStoryBriefs`).
 */
export function storyStoreFrom(store: Store, briefer?: Pick<Briefer, "briefStory">): StoryStore {
  const brief = cacheStoryBriefs(
    briefer ? (articles, opts) => briefer.briefStory(articles, opts) : async (articles, opts) => briefStoryArticles(articles, opts),
  );
  return {
    listStories: async () =>
      (await store.listStories()).map((s) => ({
        id: String(s.id),
        title: s.title,
        sources: s.articles,
        outlets: s.outlets,
        updated: s.lastUpdate,
      })),
    briefStory: async (id, options) => {
      if (!/^\d{1,15}$/.test(id)) return undefined;
      return (await briefStory(store, Number(id), options, { brief }))?.briefing;
    },
    close: () => store.close(),
  };
}

/**
 * Open the story store for `parallax serve`: the one named by `--db` (SQLite file or postgres:// URL),
 * else the default ./parallax.db when it exists (the one `parallax ingest` fills), else none.
 */
export async function openStoryStore(db: string | undefined, briefer?: Pick<Briefer, "briefStory">): Promise<StoryStore | undefined> {
  if (db === undefined) return existsSync(DEFAULT_DB) ? storyStoreFrom(await openStore(DEFAULT_DB), briefer) : undefined;
  if (!isPostgresUrl(db) && !existsSync(db)) {
    throw new Error(`no story database at "${db}"; fill one with \`parallax ingest --db ${db} <files>\` first`);
  }
  return storyStoreFrom(await openStore(db), briefer);
}
