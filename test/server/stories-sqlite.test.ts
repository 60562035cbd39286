import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import type { Briefing } from "../../src/model/briefing.js";
import { createApp } from "../../src/server/create-app.js";
import { openStoryStore, storyStoreFrom } from "../../src/server/open-story-store.js";
import { createWorkerBriefer } from "../../src/server/worker-briefer.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { ingestArticles } from "../../src/stream/ingest-articles.js";

const A = `Council approves new river bridge

The Marlow town council voted 7 to 2 on Tuesday to approve a new footbridge over the river.
Mayor Ada Brennan said the bridge would open in the spring.
The project will cost 4 million dollars, paid mostly by a regional grant.`;

const B = `Marlow backs footbridge plan

Councillors in Marlow approved a footbridge across the river on Tuesday by a vote of 7 to 2.
Mayor Ada Brennan told reporters the bridge would open next spring.
The bridge is expected to cost about 4 million dollars, according to council papers.`;

describe("server: stories from a real SQLite store", () => {
  let dir: string;
  let store: Store;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "parallax-serve-"));
    store = await openStore(join(dir, "stories.db"));
    await ingestArticles(
      [
        { id: "a", path: "a.txt", body: A, published: "2030-03-05" },
        { id: "b", path: "b.txt", body: B, published: "2030-03-05" },
      ],
      store,
      normalizeOptions(),
    );
  });

  after(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("lists the stored stories and briefs one by its id", async () => {
    const app = createApp({ store: storyStoreFrom(store), effects: { readAsset: async () => undefined } });
    const list = (await (await app.request("/api/stories")).json()) as { stories: { id: string; title: string; sources: number }[] };
    assert.ok(list.stories.length >= 1);
    const total = list.stories.reduce((n, s) => n + s.sources, 0);
    assert.equal(total, 2);
    const first = list.stories[0];
    assert.ok(first);
    const res = await app.request(`/api/stories/${first.id}/brief`);
    assert.equal(res.status, 200);
    const briefing = (await res.json()) as Briefing;
    assert.equal(briefing.sources.length, first.sources);
    assert.equal((await app.request("/api/stories/999999/brief")).status, 404);
    assert.equal((await app.request("/api/stories/not-a-number/brief")).status, 404);
  });

  it("briefs a stored story in the analysis thread, with the same briefing as in this thread", async () => {
    const briefer = createWorkerBriefer(120_000);
    const calls: number[] = [];
    try {
      const viaThread = storyStoreFrom(store, {
        briefStory: (articles, options) => {
          calls.push(articles.length);
          return briefer.briefStory(articles, options);
        },
      });
      const [first] = await viaThread.listStories();
      assert.ok(first);
      const inThread = await viaThread.briefStory(first.id, normalizeOptions());
      const here = await storyStoreFrom(store).briefStory(first.id, normalizeOptions());
      assert.deepEqual(calls, [first.sources], "the story's articles went to the analysis thread");
      assert.ok(inThread && here);
      assert.deepEqual(inThread, here);
    } finally {
      await briefer.close();
    }
  });

  it("refuses to open a story database that does not exist, saying how to make one", async () => {
    await assert.rejects(openStoryStore(join(dir, "missing.db")), /parallax ingest --db/);
  });
});
