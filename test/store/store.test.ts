import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import pg from "pg";
import { openPostgresStore } from "../../src/store/postgres/postgres-store.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { runStoreSuite, tickingClock } from "./store-suite.js";

// SQLite: a fresh file per test.
const dir = mkdtempSync(join(tmpdir(), "parallax-store-"));
let n = 0;
after(() => rmSync(dir, { recursive: true, force: true }));
runStoreSuite("sqlite", async () => openSqliteStore(join(dir, `t${n++}.db`), tickingClock()));

// PostgreSQL: a fresh schema per test on the server CI starts (scripts/start-postgres.sh).
const url = process.env.PARALLAX_TEST_PG_URL;
const schemas: string[] = [];
if (!url) process.stderr.write("store suite: postgres run skipped: set PARALLAX_TEST_PG_URL (scripts/start-postgres.sh prints one)\n");
after(async () => {
  if (!url || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});
runStoreSuite(
  "postgres",
  async () => {
    const schema = `parallax_test_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    return openPostgresStore(url as string, { schema }, tickingClock());
  },
  url ? undefined : "PARALLAX_TEST_PG_URL is not set (run scripts/start-postgres.sh)",
);
