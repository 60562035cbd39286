import pg from "pg";
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
} from "../store.js";
import { POSTGRES_SCHEMA } from "./postgres-schema.js";

export interface PostgresStoreOptions {
  /** A schema to create and use instead of `public` (tests use one each). */
  schema?: string;
}

type Queryable = Pick<pg.PoolClient, "query">;

/** Run `fn` in one transaction on its own connection. */
async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const out = await fn(client);
    await client.query("COMMIT");
    return out;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Follow merges to the live story; undefined when there is no such story. */
async function resolveStory(q: Queryable, id: number): Promise<number | undefined> {
  let at = id;
  for (let hops = 0; hops < 1000; hops++) {
    const { rows } = await q.query<{ merged_into: number | null }>("SELECT merged_into FROM stories WHERE id = $1", [at]);
    const row = rows[0];
    if (!row) return undefined;
    if (row.merged_into === null) return at;
    at = row.merged_into;
  }
  return undefined;
}

/** Move one article and its copies to a live story; a story left empty follows it (merged). */
async function moveIn(c: pg.PoolClient, id: string, storyId: number): Promise<void> {
  const t = await resolveStory(c, storyId);
  const { rows } = await c.query<{ story_id: number }>("SELECT story_id FROM articles WHERE id = $1 FOR UPDATE", [id]);
  const from = rows[0]?.story_id;
  if (t === undefined || from === undefined || from === t) return;
  await c.query("UPDATE articles SET story_id = $1 WHERE id = $2 OR copy_of = $2", [t, id]);
  const left = await c.query<{ n: string }>("SELECT COUNT(*) AS n FROM articles WHERE story_id = $1", [from]);
  if (Number(left.rows[0]?.n ?? 0) === 0) await c.query("UPDATE stories SET merged_into = $1 WHERE id = $2", [t, from]);
}

/**
 * The shared store on a PostgreSQL server, for teams that ingest from several machines at once:
 * the content hash is unique, so two machines storing the same article store it once.
 * @example const store = await openPostgresStore("postgres://localhost:5432/parallax");
 */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
  fx: StoreEffects = defaultStoreEffects,
): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  await inTransaction(pool, async (c) => {
    // Two machines starting at once must not both create the tables.
    await c.query("SELECT pg_advisory_xact_lock(7261)");
    if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await c.query(POSTGRES_SCHEMA);
  });

  const addOnce = async (a: NewArticle, forceFallback: boolean): Promise<AddResult> => {
    return inTransaction(pool, async (c): Promise<AddResult> => {
      const dup = (await c.query<{ id: string; story_id: number }>("SELECT id, story_id FROM articles WHERE hash = $1", [a.hash])).rows[0];
      if (dup) return { status: "duplicate", id: dup.id, storyId: dup.story_id };
      const now = fx.now().toISOString();
      let storyId = a.storyId === null ? undefined : await resolveStory(c, a.storyId);
      if (storyId === undefined) {
        const { rows } = await c.query<{ id: number }>("INSERT INTO stories (title, created_at) VALUES ($1, $2) RETURNING id", [a.title, now]);
        storyId = rows[0]?.id as number;
      }
      const taken = (await c.query("SELECT 1 FROM articles WHERE id = $1", [a.id])).rowCount;
      const id = taken || forceFallback ? fallbackId(a.id, a.hash) : a.id;
      const { rows } = await c.query<{ seq: string }>(
        `INSERT INTO articles (id, hash, story_id, stored_at, path, url, outlet, title, published, copy_of, raw, text, features)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (hash) DO NOTHING RETURNING seq`,
        [
          id, a.hash, storyId, now, a.raw.path, a.raw.url ?? null, a.raw.outlet ?? null, a.title,
          a.raw.published ?? null, a.copyOf ?? null, JSON.stringify(a.raw), a.text, JSON.stringify(a.features),
        ],
      );
      const inserted = rows[0];
      if (!inserted) {
        // Another machine stored the same article between our check and our insert.
        throw new DuplicateRace();
      }
      return { status: "stored", id, storyId, seq: Number(inserted.seq) };
    }).catch(async (err): Promise<AddResult> => {
      // Another machine took the same id (not the same text) between our check and our insert.
      if (!forceFallback && (err as { code?: string; constraint?: string }).code === "23505" && (err as { constraint?: string }).constraint === "articles_id_key") {
        return addOnce(a, true);
      }
      if (!(err instanceof DuplicateRace)) throw err;
      const dup = await store.findByHash(a.hash);
      if (!dup) throw new Error(`article ${a.id}: lost a race on its hash and cannot find the winner`);
      return { status: "duplicate" as const, id: dup.id, storyId: dup.storyId };
    });
  };

  const store: Store = {
    kind: "postgres",
    async findByHash(hash) {
      const { rows } = await pool.query<{ id: string; story_id: number }>("SELECT id, story_id FROM articles WHERE hash = $1", [hash]);
      const row = rows[0];
      return row ? { id: row.id, storyId: row.story_id } : null;
    },
    async addArticle(a): Promise<AddResult> {
      return addOnce(a, false);
    },
    async mergeStories(from, into) {
      await inTransaction(pool, async (c) => {
        const f = await resolveStory(c, from);
        const t = await resolveStory(c, into);
        if (f === undefined || t === undefined || f === t) return;
        await c.query("UPDATE articles SET story_id = $1 WHERE story_id = $2", [t, f]);
        await c.query("UPDATE stories SET merged_into = $1 WHERE id = $2", [t, f]);
      });
    },
    async moveArticle(id, storyId) {
      await inTransaction(pool, (c) => moveIn(c, id, storyId));
    },
    async splitArticles(ids) {
      return inTransaction(pool, async (c) => {
        const first = (await c.query<{ title: string }>("SELECT title FROM articles WHERE id = $1", [ids[0] ?? ""])).rows[0];
        if (!first) throw new Error(`no stored article ${ids[0]}`);
        const { rows } = await c.query<{ id: number }>("INSERT INTO stories (title, created_at) VALUES ($1, $2) RETURNING id", [
          first.title,
          fx.now().toISOString(),
        ]);
        const storyId = rows[0]?.id as number;
        for (const id of ids) await moveIn(c, id, storyId);
        return storyId;
      });
    },
    async loadIndex(): Promise<IndexEntry[]> {
      const { rows } = await pool.query<{ id: string; story_id: number; copy_of: string | null; features: string }>(
        "SELECT id, story_id, copy_of, features FROM articles ORDER BY seq",
      );
      return rows.map((r) => ({
        id: r.id,
        storyId: r.story_id,
        ...(r.copy_of ? { copyOf: r.copy_of } : {}),
        features: JSON.parse(r.features) as ArticleFeatures,
      }));
    },
    async listStories() {
      const { rows } = await pool.query<StoryRow>(
        `${STORY_SUMMARY_SQL} WHERE s.merged_into IS NULL GROUP BY s.id, s.title ORDER BY last_update DESC, s.id DESC`,
      );
      return rows.map(toStorySummary);
    },
    async getStory(id) {
      const live = await resolveStory(pool, id);
      if (live === undefined) return null;
      const { rows } = await pool.query<StoryRow>(`${STORY_SUMMARY_SQL} WHERE s.id = $1 GROUP BY s.id, s.title`, [live]);
      return rows[0] ? toStorySummary(rows[0]) : null;
    },
    async storyArticles(id) {
      const live = await resolveStory(pool, id);
      if (live === undefined) return [];
      const { rows } = await pool.query<ArticleRow>("SELECT * FROM articles WHERE story_id = $1 ORDER BY seq", [live]);
      return rows.map(toStoredArticle);
    },
    async storyArticleList(id) {
      const live = await resolveStory(pool, id);
      if (live === undefined) return [];
      const { rows } = await pool.query<Omit<ArticleRow, "raw" | "text">>(
        `SELECT ${ARTICLE_LISTING_COLUMNS} FROM articles WHERE story_id = $1 ORDER BY seq`,
        [live],
      );
      return rows.map(toArticleListing);
    },
    async recordBriefing(storyId, at) {
      const live = (await resolveStory(pool, storyId)) ?? storyId;
      await pool.query("INSERT INTO briefings (story_id, at) VALUES ($1, $2)", [live, at]);
    },
    async lastBriefing(storyId) {
      const live = (await resolveStory(pool, storyId)) ?? storyId;
      const { rows } = await pool.query<{ at: string | null }>("SELECT MAX(at) AS at FROM briefings WHERE story_id = $1", [live]);
      return rows[0]?.at ?? null;
    },
    async countArticles() {
      const { rows } = await pool.query<{ n: string }>("SELECT COUNT(*) AS n FROM articles");
      return Number(rows[0]?.n ?? 0);
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}

class DuplicateRace extends Error {}
