import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import type { RawArticle } from "../../src/model/article.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { briefStory, storyRawArticles } from "../../src/stream/brief-story.js";
import { ingestArticles } from "../../src/stream/ingest-articles.js";
import { tickingClock } from "../store/store-suite.js";
import { BRIDGE, BRIDGE_COPY, FACTORY } from "./story-texts.js";

const options = normalizeOptions();
const dir = mkdtempSync(join(tmpdir(), "parallax-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("stream: ingest", () => {
  it("ingest: the same articles twice are stored once (idempotent)", async () => {
    const store = openSqliteStore(join(dir, "idem.db"), tickingClock());
    const batch = [...BRIDGE, ...FACTORY];
    const first = await ingestArticles(batch, store, options);
    assert.equal(first.stored, 6);
    assert.equal(first.newStories, 2);
    const second = await ingestArticles(batch, store, options);
    assert.equal(second.stored, 0);
    assert.equal(second.duplicates, 6);
    assert.equal(await store.countArticles(), 6);
    assert.equal((await store.listStories()).length, 2);
    // A rerun from a fresh process rebuilds the index from the store and places new reports correctly.
    const renamed = { ...(BRIDGE[0] as RawArticle), id: "again", path: "elsewhere/again.txt" };
    const third = await ingestArticles([renamed], store, options);
    assert.equal(third.duplicates, 1, "same cleaned text under another name is a duplicate");
    await store.close();
  });

  it("ingest: a syndicated copy is stored linked to its original, in its story, and briefed once", async () => {
    const store = openSqliteStore(join(dir, "copy.db"), tickingClock());
    const events: string[] = [];
    const s = await ingestArticles([...BRIDGE, BRIDGE_COPY], store, options, { onArticle: (e) => events.push(e.status) });
    assert.deepEqual(events, ["stored", "stored", "stored", "copy"]);
    assert.equal(s.copies, 1);
    const [story] = await store.listStories();
    assert.ok(story);
    assert.equal(story.articles, 4);
    assert.equal(story.outlets, 4);
    const articles = await store.storyArticles(story.id);
    assert.equal(articles.find((a) => a.id === "bridge-a-copy")?.copyOf, "bridge-a");
    const raws = storyRawArticles(articles);
    assert.equal(raws.length, 3);
    assert.deepEqual(raws.find((r) => r.id === "bridge-a")?.alsoCarriedBy, ["bridge-a-copy.txt"]);
    await store.close();
  });

  it("ingest: an article with no text fails with a reason and the rest are stored", async () => {
    const store = openSqliteStore(join(dir, "fail.db"), tickingClock());
    const s = await ingestArticles([{ id: "empty", path: "empty.txt", body: "   \n " }, FACTORY[0] as RawArticle], store, options);
    assert.equal(s.stored, 1);
    assert.equal(s.failed.length, 1);
    assert.equal(s.failed[0]?.path, "empty.txt");
    assert.match(s.failed[0]?.reason ?? "", /no article text/);
    await store.close();
  });

  it("brief --story --since: only facts and quotes with evidence from articles stored after the date", async () => {
    const clock = tickingClock(Date.parse("2030-03-04T08:00:00Z"));
    const store = openSqliteStore(join(dir, "since.db"), clock);
    await ingestArticles(BRIDGE.slice(0, 2), store, options);
    const cut = clock.now().toISOString();
    await ingestArticles(BRIDGE.slice(2), store, options);
    const [story] = await store.listStories();
    assert.ok(story);
    const all = await briefStory(store, story.id, options);
    const since = await briefStory(store, story.id, options, { since: cut });
    assert.ok(all && since);
    assert.equal(all.briefing.sources.length, 3);
    assert.deepEqual(since.fresh, ["bridge-c"]);
    assert.ok(since.briefing.facts.length > 0, "the new article brings facts");
    assert.ok(since.briefing.facts.length < all.briefing.facts.length, "old-only facts are left out");
    for (const f of since.briefing.facts) assert.ok(f.evidence.some((c) => c.source === "bridge-c"));
    for (const q of since.briefing.quotes) assert.ok(q.variants.some((v) => v.source === "bridge-c"));
    assert.ok(since.briefing.warnings.some((w) => w.rule === "since"));
    assert.equal(await briefStory(store, 999, options), null);
    await store.close();
  });
});
