import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import type { RawArticle } from "../../src/model/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze-article.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { ArticleFeatures } from "../../src/store/store.js";
import { extractFeatures } from "../../src/stream/extract-features.js";
import { ingestArticles } from "../../src/stream/ingest-articles.js";
import { StoryIndex } from "../../src/stream/story-index.js";
import { BRIDGE, BRIDGE_COPY, CHESS, FACTORY } from "./story-texts.js";

const options = normalizeOptions();
const features = (raw: RawArticle): ArticleFeatures => extractFeatures(analyzeArticle(raw, options));

describe("stream: settling a batch", () => {
  it("stream: an article placed in the wrong story moves to the one it fits, with its copy", () => {
    const index = new StoryIndex();
    // Bridge reports in story 1, factory reports in story 2, and one bridge report misplaced in story 2.
    const [b0, b1, b2] = BRIDGE as [RawArticle, RawArticle, RawArticle];
    for (const raw of [b0, b1]) index.add({ id: raw.id, storyId: 1, features: features(raw) });
    for (const raw of [...FACTORY, b2]) index.add({ id: raw.id, storyId: 2, features: features(raw) });
    index.add({ id: BRIDGE_COPY.id, storyId: 2, copyOf: b2.id, features: features(BRIDGE_COPY) });
    index.add({ id: CHESS.id, storyId: 3, features: features(CHESS) });
    const steps = index.settle([b2.id, CHESS.id, ...FACTORY.map((a) => a.id)]);
    assert.deepEqual(steps.filter((s) => s.kind === "move"), [{ kind: "move", id: b2.id, to: 1 }]);
    assert.equal(index.storyOf(b2.id), 1);
    assert.equal(index.storyOf(BRIDGE_COPY.id), 1, "a syndicated copy moves with its original");
    for (const a of FACTORY) assert.equal(index.storyOf(a.id), 2);
    assert.equal(index.storyOf(CHESS.id), 3, "an unrelated report stays alone");
  });

  it("stream: the store moves an article with its copies, and an emptied story follows it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-settle-"));
    try {
      const store = openSqliteStore(join(dir, "s.db"));
      const [b0, b1] = BRIDGE as [RawArticle, RawArticle];
      const add = (raw: RawArticle, storyId: number | null, copyOf?: string) =>
        store.addArticle({ id: raw.id, hash: raw.id, raw, text: raw.body, title: raw.id, features: features(raw), storyId, ...(copyOf ? { copyOf } : {}) });
      const first = await add(b0, null);
      const second = await add(b1, null);
      await add(BRIDGE_COPY, second.storyId, b1.id);
      await store.moveArticle(b1.id, first.storyId);
      const moved = (await store.storyArticles(first.storyId)).map((a) => a.id).sort();
      assert.deepEqual(moved, [b0.id, b1.id, BRIDGE_COPY.id].sort());
      assert.equal((await store.getStory(second.storyId))?.id, first.storyId, "the emptied story's id leads to the story its article joined");
      assert.equal((await store.listStories()).length, 1);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stream: ingest settles the batch and stays idempotent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-settle-"));
    try {
      const store = openSqliteStore(join(dir, "s.db"));
      const batch = [FACTORY[0], BRIDGE[0], CHESS, BRIDGE[1], FACTORY[1], BRIDGE[2], FACTORY[2]] as RawArticle[];
      const summary = await ingestArticles(batch, store, options);
      assert.equal(summary.stored, batch.length);
      const stories = await store.listStories();
      assert.equal(stories.length, 3, JSON.stringify(stories));
      const again = await ingestArticles(batch, store, options);
      assert.equal(again.duplicates, batch.length);
      assert.equal(again.moves + again.merges, 0);
      assert.equal((await store.listStories()).length, 3);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
