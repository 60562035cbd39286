import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ArticleFeatures, NewArticle, Store } from "../../src/store/store.js";

/** A clock that ticks one minute per call, from a fixed start, so stored times are predictable. */
export function tickingClock(start = Date.parse("2030-01-01T00:00:00Z")): { now(): Date } {
  let t = start;
  return {
    now: () => {
      const d = new Date(t);
      t += 60_000;
      return d;
    },
  };
}

const FEATURES: ArticleFeatures = { terms: { bridge: 2, crack: 1 }, entities: { norvale: 1 }, values: ["count:vehicle:18000"], day: 21977, minhash: [1, 2, 3] };

function article(id: string, storyId: number | null, extra: Partial<NewArticle> = {}): NewArticle {
  return {
    id,
    hash: `hash-${id}`,
    raw: { id, path: `${id}.txt`, body: `Body of ${id}.`, outlet: `Outlet ${id.slice(0, 1)}` },
    text: `Body of ${id}.`,
    title: `Title ${id}`,
    features: FEATURES,
    storyId,
    ...extra,
  };
}

/**
 * The one store suite every backend must pass. `open` returns a fresh, empty store whose clock is
 * `tickingClock()` (one minute per stored article).
 */
export function runStoreSuite(name: string, open: () => Promise<Store>, skip?: string): void {
  describe(`store suite: ${name}`, { skip }, () => {
    it(`${name}: stores an article in a new story and finds it by hash`, async () => {
      const store = await open();
      try {
        const res = await store.addArticle(article("a1", null));
        assert.equal(res.status, "stored");
        assert.equal(res.id, "a1");
        assert.deepEqual(await store.findByHash("hash-a1"), { id: "a1", storyId: res.storyId });
        assert.equal(await store.findByHash("hash-none"), null);
        assert.equal(await store.countArticles(), 1);
      } finally {
        await store.close();
      }
    });

    it(`${name}: the same content hash twice is stored once`, async () => {
      const store = await open();
      try {
        const first = await store.addArticle(article("a1", null));
        const again = await store.addArticle({ ...article("other-name", null), hash: "hash-a1" });
        assert.equal(again.status, "duplicate");
        assert.equal(again.id, "a1");
        assert.equal(again.storyId, first.storyId);
        assert.equal(await store.countArticles(), 1);
        assert.equal((await store.listStories()).length, 1, "a duplicate must not leave an empty story behind");
      } finally {
        await store.close();
      }
    });

    it(`${name}: a taken id gets the hash appended`, async () => {
      const store = await open();
      try {
        await store.addArticle(article("a1", null));
        const res = await store.addArticle({ ...article("a1", null), hash: "abcdef0123456789" });
        assert.equal(res.status, "stored");
        assert.equal(res.id, "a1-abcdef01");
      } finally {
        await store.close();
      }
    });

    it(`${name}: lists stories with article and outlet counts and first/last update`, async () => {
      const store = await open();
      try {
        const a = await store.addArticle(article("a1", null));
        await store.addArticle(article("a2", a.storyId));
        await store.addArticle(article("b1", a.storyId));
        const other = await store.addArticle(article("c1", null));
        const stories = await store.listStories();
        assert.equal(stories.length, 2);
        // Most recently updated first.
        assert.equal(stories[0]?.id, other.storyId);
        const s = stories.find((x) => x.id === a.storyId);
        assert.ok(s);
        assert.equal(s.title, "Title a1");
        assert.equal(s.articles, 3);
        assert.equal(s.outlets, 2, "outlets a and b");
        assert.equal(s.firstUpdate, "2030-01-01T00:00:00.000Z");
        assert.equal(s.lastUpdate, "2030-01-01T00:02:00.000Z");
        const articles = await store.storyArticles(a.storyId);
        assert.deepEqual(articles.map((x) => x.id), ["a1", "a2", "b1"]);
        assert.equal(articles[0]?.raw.body, "Body of a1.");
        assert.equal(articles[0]?.text, "Body of a1.");
        assert.equal(articles[0]?.outlet, "Outlet a");
        assert.ok((articles[1]?.seq ?? 0) > (articles[0]?.seq ?? 0));
      } finally {
        await store.close();
      }
    });

    it(`${name}: merging moves articles, and the old id follows to the live story`, async () => {
      const store = await open();
      try {
        const a = await store.addArticle(article("a1", null));
        const b = await store.addArticle(article("b1", null));
        await store.mergeStories(b.storyId, a.storyId);
        assert.deepEqual((await store.listStories()).map((s) => s.id), [a.storyId]);
        assert.equal((await store.getStory(b.storyId))?.id, a.storyId);
        assert.equal((await store.getStory(b.storyId))?.articles, 2);
        // An article placed in the merged story lands in the live one.
        const c = await store.addArticle(article("c1", b.storyId));
        assert.equal(c.storyId, a.storyId);
        assert.deepEqual((await store.storyArticles(b.storyId)).map((x) => x.id), ["a1", "b1", "c1"]);
        assert.equal(await store.getStory(9999), null);
      } finally {
        await store.close();
      }
    });

    it(`${name}: moving an article takes its copies along; an emptied story follows to the target`, async () => {
      const store = await open();
      try {
        const a = await store.addArticle(article("a1", null));
        const b = await store.addArticle(article("b1", null));
        await store.addArticle(article("b2", b.storyId, { copyOf: "b1" }));
        await store.addArticle(article("b3", b.storyId));
        await store.moveArticle("b1", a.storyId);
        assert.deepEqual((await store.storyArticles(a.storyId)).map((x) => x.id).sort(), ["a1", "b1", "b2"]);
        assert.deepEqual((await store.storyArticles(b.storyId)).map((x) => x.id), ["b3"]);
        await store.moveArticle("b3", a.storyId);
        assert.deepEqual((await store.listStories()).map((s) => s.id), [a.storyId]);
        assert.equal((await store.getStory(b.storyId))?.id, a.storyId);
      } finally {
        await store.close();
      }
    });

    it(`${name}: splitting articles off makes a new story titled after the first, copies included`, async () => {
      const store = await open();
      try {
        const a = await store.addArticle(article("a1", null));
        await store.addArticle(article("a2", a.storyId, { copyOf: "a1" }));
        await store.addArticle(article("a3", a.storyId));
        await store.addArticle(article("a4", a.storyId));
        const split = await store.splitArticles(["a3", "a1"]);
        assert.notEqual(split, a.storyId);
        assert.deepEqual((await store.storyArticles(split)).map((x) => x.id), ["a1", "a2", "a3"]);
        assert.deepEqual((await store.storyArticles(a.storyId)).map((x) => x.id), ["a4"]);
        assert.equal((await store.getStory(split))?.title, "Title a3");
        assert.equal((await store.listStories()).length, 2);
      } finally {
        await store.close();
      }
    });

    it(`${name}: the index comes back in storing order with features and copy links`, async () => {
      const store = await open();
      try {
        const a = await store.addArticle(article("a1", null));
        await store.addArticle(article("a2", a.storyId, { copyOf: "a1" }));
        const index = await store.loadIndex();
        assert.deepEqual(index.map((e) => e.id), ["a1", "a2"]);
        assert.deepEqual(index[0]?.features, FEATURES);
        assert.equal(index[1]?.copyOf, "a1");
        assert.equal(index[0]?.copyOf, undefined);
        assert.equal((await store.storyArticles(a.storyId))[1]?.copyOf, "a1");
      } finally {
        await store.close();
      }
    });

    it(`${name}: lists a story's articles without their texts, as storyArticles has them`, async () => {
      const store = await open();
      try {
        const a = await store.addArticle(article("a1", null));
        await store.addArticle(article("a2", a.storyId, { copyOf: "a1" }));
        const b = await store.addArticle(article("b1", null));
        await store.mergeStories(a.storyId, b.storyId);
        const full = await store.storyArticles(b.storyId);
        const listed = await store.storyArticleList(b.storyId);
        assert.deepEqual(listed.map((x) => x.id), ["a1", "a2", "b1"]);
        assert.deepEqual(listed, full.map(({ raw: _raw, text: _text, ...rest }) => rest));
        assert.ok(listed.every((x) => !("text" in x) && !("raw" in x)));
        assert.deepEqual(await store.storyArticleList(987654), []);
      } finally {
        await store.close();
      }
    });

    it(`${name}: records briefings and returns the last one`, async () => {
      const store = await open();
      try {
        const a = await store.addArticle(article("a1", null));
        assert.equal(await store.lastBriefing(a.storyId), null);
        await store.recordBriefing(a.storyId, "2030-01-02T00:00:00.000Z");
        await store.recordBriefing(a.storyId, "2030-01-03T00:00:00.000Z");
        assert.equal(await store.lastBriefing(a.storyId), "2030-01-03T00:00:00.000Z");
      } finally {
        await store.close();
      }
    });
  });
}
