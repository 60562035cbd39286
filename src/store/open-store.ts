import type { PostgresStoreOptions } from "./postgres/postgres-store.js";
import { defaultStoreEffects, type Store, type StoreEffects } from "./store.js";

export type { Store } from "./store.js";

/** Where the store lives when `--db` is not given. */
export const DEFAULT_DB = "./parallax.db";

/** True when `db` names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * Open the store named by `db`: a `postgres://` URL opens the shared PostgreSQL store, anything else
 * is a SQLite file (created when missing). Each backend (and its driver) loads only when opened, so a
 * command that never opens a store does not pay for either.
 * @example const store = await openStore("./parallax.db");
 */
export async function openStore(
  db: string = DEFAULT_DB,
  fx: StoreEffects = defaultStoreEffects,
  pgOptions: PostgresStoreOptions = {},
): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(db, pgOptions, fx);
  }
  const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
  return openSqliteStore(db, fx);
}
