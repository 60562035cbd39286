/**
 * The SQLite schema. `seq` is the insertion order (a resumed or concurrent ingest keeps it
 * monotonic); `features` is the JSON the clustering index is rebuilt from.
 */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS stories (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL,
  merged_into INTEGER REFERENCES stories(id)
);
CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  stored_at TEXT NOT NULL,
  path TEXT NOT NULL,
  url TEXT,
  outlet TEXT,
  title TEXT NOT NULL,
  published TEXT,
  copy_of TEXT,
  raw TEXT NOT NULL,
  text TEXT NOT NULL,
  features TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story_id, seq);
CREATE TABLE IF NOT EXISTS briefings (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS briefings_story ON briefings (story_id, at);
`;
