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
import { BRIDGE, BRIDGE_COPY, BRIDGE_FUNDS, CHESS, FACTORY } from "./story-texts.js";

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

  it("stream: settling moves an article below the join threshold only to a clear winner", () => {
    const terms = (words: string): ArticleFeatures => ({ terms: Object.fromEntries(words.split(" ").map((w) => [w, 1])), entities: {}, values: [], minhash: [] });
    const build = (options: ConstructorParameters<typeof StoryIndex>[0], rival: boolean) => {
      const index = new StoryIndex(options);
      index.add({ id: "dock-a", storyId: 1, features: terms("harbour crane strike dock union") });
      index.add({ id: "dock-b", storyId: 1, features: terms("harbour crane strike dock wage") });
      index.add({ id: "music", storyId: 2, features: terms("orchestra concert violin tour") });
      for (let i = 0; i < 6; i++) index.add({ id: `other-${i}`, storyId: 10 + i, features: terms(`filler${i} other${i} thing${i}`) });
      // A rival story sharing as much with the article as the dock story does.
      if (rival) index.add({ id: "ferry", storyId: 4, features: terms("ferry harbour crossing island season") });
      index.add({ id: "late", storyId: 3, features: terms("strike ferry timetable passenger delay") });
      return index;
    };
    const clear = { joinThreshold: 0.25, clearJoinThreshold: 0.1, clearJoinRatio: 2 };
    // The article's best story scores between the clear-join and join thresholds.
    assert.deepEqual(build({ ...clear, clearJoinRatio: 0 }, false).settle(["late"]), [], "below the join threshold it stays without the rule");
    const moved = build(clear, false);
    assert.deepEqual(moved.settle(["late"]), [{ kind: "move", id: "late", to: 1 }]);
    const contested = build(clear, true);
    assert.deepEqual(contested.settle(["late"]), [], "a runner-up nearly as close keeps it where it is");
    assert.equal(contested.storyOf("late"), 3);
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

  it("stream: a story that mixes two events is split in two; a story of one event is kept", () => {
    const mixed = new StoryIndex();
    for (const raw of [...BRIDGE, ...FACTORY]) mixed.add({ id: raw.id, storyId: 1, features: features(raw) });
    const leaving = mixed.findSplit(1);
    assert.deepEqual([...(leaving ?? [])].sort(), FACTORY.map((a) => a.id).sort(), "the half without the story's first article leaves");
    mixed.splitOff(leaving ?? [], 7);
    for (const a of FACTORY) assert.equal(mixed.storyOf(a.id), 7);
    for (const a of BRIDGE) assert.equal(mixed.storyOf(a.id), 1);
    assert.equal(mixed.findSplit(1), undefined);

    const one = new StoryIndex();
    for (const raw of [...BRIDGE, BRIDGE_FUNDS]) one.add({ id: raw.id, storyId: 1, features: features(raw) });
    assert.equal(one.findSplit(1), undefined);
    assert.equal(new StoryIndex({ splitRatio: 0 }).findSplit(1), undefined);
  });

  it("stream: ingest splits a mixed story in the store, and a rerun changes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-settle-"));
    try {
      const store = openSqliteStore(join(dir, "s.db"));
      // An earlier run left two bridge and two factory reports in one story.
      let storyId: number | null = null;
      for (const raw of [BRIDGE[0], FACTORY[0], BRIDGE[1], FACTORY[1]] as RawArticle[]) {
        const res = await store.addArticle({ id: raw.id, hash: raw.id, raw, text: raw.body, title: raw.title ?? raw.id, features: features(raw), storyId });
        storyId = res.storyId;
      }
      const batch = [BRIDGE[2], FACTORY[2]] as RawArticle[];
      const summary = await ingestArticles(batch, store, options);
      assert.equal(summary.stored, 2);
      const stories = await store.listStories();
      const members = await Promise.all(stories.map(async (s) => (await store.storyArticles(s.id)).map((a) => a.id).sort()));
      assert.deepEqual(members.sort(), [BRIDGE.map((a) => a.id).sort(), FACTORY.map((a) => a.id).sort()].sort(), JSON.stringify(members));
      assert.ok(summary.splits + summary.moves > 0);
      const again = await ingestArticles(batch, store, options);
      assert.equal(again.splits + again.moves + again.merges, 0);
      assert.equal((await store.listStories()).length, 2);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
