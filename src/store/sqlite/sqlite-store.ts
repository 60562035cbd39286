import Database from "better-sqlite3";
import {
  ARTICLE_LISTING_COLUMNS,
  type ArticleRow,
  fallbackId,
  STORY_SUMMARY_SQL,
  type StoryRow,
  toArticleListing,
  toStoredArticle,
  toStorySummary,
} from "../row-mapping.js";
import {
  type AddResult,
  type ArticleFeatures,
  defaultStoreEffects,
  type IndexEntry,
  type NewArticle,
  type Store,
  type StoreEffects,
  type StoredArticle,
  type StorySummary,
} from "../store.js";
import { SQLITE_SCHEMA } from "./sqlite-schema.js";

/**
 * The embedded store: one SQLite file (WAL journal, so a killed process loses no committed
 * transaction and readers do not block the ingest).
 * @example const store = openSqliteStore("parallax.db");
 */
export function openSqliteStore(file: string, fx: StoreEffects = defaultStoreEffects): Store {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec(SQLITE_SCHEMA);

  const byHash = db.prepare<[string], { id: string; story_id: number }>("SELECT id, story_id FROM articles WHERE hash = ?");
  const idTaken = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM articles WHERE id = ?");
  const mergedInto = db.prepare<[number], { merged_into: number | null }>("SELECT merged_into FROM stories WHERE id = ?");
  const insertStory = db.prepare<[string, string]>("INSERT INTO stories (title, created_at) VALUES (?, ?)");
  const insertArticle = db.prepare(
    `INSERT INTO articles (id, hash, story_id, stored_at, path, url, outlet, title, published, copy_of, raw, text, features)
     VALUES (@id, @hash, @story_id, @stored_at, @path, @url, @outlet, @title, @published, @copy_of, @raw, @text, @features)`,
  );

  /** Follow merges to the live story; undefined when there is no such story. */
  const resolve = (id: number): number | undefined => {
    let at = id;
    for (let hops = 0; hops < 1000; hops++) {
      const row = mergedInto.get(at);
      if (!row) return undefined;
      if (row.merged_into === null) return at;
      at = row.merged_into;
    }
    return undefined;
  };

  const add = db.transaction((a: NewArticle): AddResult => {
    const dup = byHash.get(a.hash);
    if (dup) return { status: "duplicate", id: dup.id, storyId: dup.story_id };
    const now = fx.now().toISOString();
    let storyId = a.storyId === null ? undefined : resolve(a.storyId);
    if (storyId === undefined) storyId = Number(insertStory.run(a.title, now).lastInsertRowid);
    const id = idTaken.get(a.id) ? fallbackId(a.id, a.hash) : a.id;
    const info = insertArticle.run({
      id,
      hash: a.hash,
      story_id: storyId,
      stored_at: now,
      path: a.raw.path,
      url: a.raw.url ?? null,
      outlet: a.raw.outlet ?? null,
      title: a.title,
      published: a.raw.published ?? null,
      copy_of: a.copyOf ?? null,
      raw: JSON.stringify(a.raw),
      text: a.text,
      features: JSON.stringify(a.features),
    });
    return { status: "stored", id, storyId, seq: Number(info.lastInsertRowid) };
  });

  const merge = db.transaction((from: number, into: number) => {
    const f = resolve(from);
    const t = resolve(into);
    if (f === undefined || t === undefined || f === t) return;
    db.prepare("UPDATE articles SET story_id = ? WHERE story_id = ?").run(t, f);
    db.prepare("UPDATE stories SET merged_into = ? WHERE id = ?").run(t, f);
  });

  const move = db.transaction((id: string, storyId: number) => {
    const t = resolve(storyId);
    const row = db.prepare<[string], { story_id: number }>("SELECT story_id FROM articles WHERE id = ?").get(id);
    if (t === undefined || !row || row.story_id === t) return;
    db.prepare("UPDATE articles SET story_id = ? WHERE id = ? OR copy_of = ?").run(t, id, id);
    const left = db.prepare<[number], { n: number }>("SELECT COUNT(*) AS n FROM articles WHERE story_id = ?").get(row.story_id);
    if (!left?.n) db.prepare("UPDATE stories SET merged_into = ? WHERE id = ?").run(t, row.story_id);
  });

  const split = db.transaction((ids: readonly string[]): number => {
    const first = db.prepare<[string], { title: string }>("SELECT title FROM articles WHERE id = ?").get(ids[0] ?? "");
    if (!first) throw new Error(`no stored article ${ids[0]}`);
    const storyId = Number(insertStory.run(first.title, fx.now().toISOString()).lastInsertRowid);
    for (const id of ids) move(id, storyId);
    return storyId;
  });

  const store: Store = {
    kind: "sqlite",
    async findByHash(hash) {
      const row = byHash.get(hash);
      return row ? { id: row.id, storyId: row.story_id } : null;
    },
    async addArticle(a) {
      return add(a);
    },
    async mergeStories(from, into) {
      merge(from, into);
    },
    async moveArticle(id, storyId) {
      move(id, storyId);
    },
    async splitArticles(ids) {
      return split(ids);
    },
    async loadIndex(): Promise<IndexEntry[]> {
      const rows = db
        .prepare<[], { id: string; story_id: number; copy_of: string | null; features: string }>(
          "SELECT id, story_id, copy_of, features FROM articles ORDER BY seq",
        )
        .all();
      return rows.map((r) => ({
        id: r.id,
        storyId: r.story_id,
        ...(r.copy_of ? { copyOf: r.copy_of } : {}),
        features: JSON.parse(r.features) as ArticleFeatures,
      }));
    },
    async listStories(): Promise<StorySummary[]> {
      const rows = db
        .prepare<[], StoryRow>(
          `${STORY_SUMMARY_SQL} WHERE s.merged_into IS NULL GROUP BY s.id, s.title ORDER BY last_update DESC, s.id DESC`,
        )
        .all();
      return rows.map(toStorySummary);
    },
    async getStory(id) {
      const live = resolve(id);
      if (live === undefined) return null;
      const row = db.prepare<[number], StoryRow>(`${STORY_SUMMARY_SQL} WHERE s.id = ? GROUP BY s.id, s.title`).get(live);
      return row ? toStorySummary(row) : null;
    },
    async storyArticles(id): Promise<StoredArticle[]> {
      const live = resolve(id);
      if (live === undefined) return [];
      return db
        .prepare<[number], ArticleRow>("SELECT * FROM articles WHERE story_id = ? ORDER BY seq")
        .all(live)
        .map(toStoredArticle);
    },
    async storyArticleList(id) {
      const live = resolve(id);
      if (live === undefined) return [];
      return db
        .prepare<[number], Omit<ArticleRow, "raw" | "text">>(`SELECT ${ARTICLE_LISTING_COLUMNS} FROM articles WHERE story_id = ? ORDER BY seq`)
        .all(live)
        .map(toArticleListing);
    },
    async recordBriefing(storyId, at) {
      const live = resolve(storyId) ?? storyId;
      db.prepare("INSERT INTO briefings (story_id, at) VALUES (?, ?)").run(live, at);
    },
    async lastBriefing(storyId) {
      const live = resolve(storyId) ?? storyId;
      const row = db.prepare<[number], { at: string | null }>("SELECT MAX(at) AS at FROM briefings WHERE story_id = ?").get(live);
      return row?.at ?? null;
    },
    async countArticles() {
      return db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM articles").get()?.n ?? 0;
    },
    async close() {
      db.close();
    },
  };
  return store;
}
