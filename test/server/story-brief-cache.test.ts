import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import type { RawArticle } from "../../src/model/article.js";
import type { Briefing } from "../../src/model/briefing.js";
import { cacheStoryBriefs } from "../../src/server/story-brief-cache.js";

const story = (body: string): RawArticle[] => [
  { id: "a", path: "a.txt", body },
  { id: "b", path: "b.txt", body: "Councillors approved the footbridge on Tuesday." },
];

/** A stand-in analysis that counts its calls and answers with a briefing naming the call. */
function counting(fail = false) {
  const calls: string[] = [];
  const brief = async (articles: RawArticle[]) => {
    calls.push(articles.map((a) => a.body).join("|"));
    if (fail && calls.length === 1) throw new Error("analysis failed");
    return { version: calls.length } as unknown as Briefing;
  };
  return { calls, brief };
}

describe("server: briefings of stored stories are remembered", () => {
  const options = normalizeOptions();

  it("analyses a story once for repeated and simultaneous requests", async () => {
    const { calls, brief } = counting();
    const cached = cacheStoryBriefs(brief);
    const [x, y] = await Promise.all([cached(story("The council met."), options), cached(story("The council met."), options)]);
    const z = await cached(story("The council met."), options);
    assert.equal(calls.length, 1);
    assert.equal(x, y);
    assert.equal(x, z);
  });

  it("analyses again when an article's text or the options change", async () => {
    const { calls, brief } = counting();
    const cached = cacheStoryBriefs(brief);
    await cached(story("The council met."), options);
    await cached(story("The council met on Monday."), options);
    await cached(story("The council met."), normalizeOptions({ ...options, summarySentences: 3 }));
    assert.equal(calls.length, 3);
  });

  it("does not remember a failed analysis, and forgets the least recently used beyond its capacity", async () => {
    const failing = counting(true);
    const cached = cacheStoryBriefs(failing.brief, 2);
    await assert.rejects(cached(story("one"), options));
    await cached(story("one"), options);
    assert.equal(failing.calls.length, 2);

    const { calls, brief } = counting();
    const small = cacheStoryBriefs(brief, 2);
    await small(story("one"), options);
    await small(story("two"), options);
    await small(story("one"), options); // "one" is now the most recent
    await small(story("three"), options); // evicts "two"
    await small(story("one"), options);
    await small(story("two"), options);
    assert.deepEqual(
      calls.map((c) => c.split("|")[0]),
      ["one", "two", "three", "two"],
    );
  });
});
