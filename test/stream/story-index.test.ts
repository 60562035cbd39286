import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import type { RawArticle } from "../../src/model/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze-article.js";
import type { ArticleFeatures } from "../../src/store/store.js";
import { extractFeatures } from "../../src/stream/extract-features.js";
import { estimateJaccard, signShingles } from "../../src/stream/sign-shingles.js";
import { StoryIndex } from "../../src/stream/story-index.js";
import { BRIDGE, BRIDGE_COPY, CHESS, FACTORY } from "./story-texts.js";

const options = normalizeOptions();
const features = (raw: RawArticle): ArticleFeatures => extractFeatures(analyzeArticle(raw, options));

/** Feed articles through the index the way ingest does; returns each article's story. */
function cluster(index: StoryIndex, raws: readonly RawArticle[]): Map<string, number> {
  let next = 1;
  const out = new Map<string, number>();
  for (const raw of raws) {
    const f = features(raw);
    const storyId = index.assign(f).storyId ?? next++;
    index.add({ id: raw.id, storyId, features: f });
    out.set(raw.id, storyId);
  }
  return out;
}

describe("stream: story index", () => {
  it("stream: reports of one event join one story; another event starts its own", () => {
    const index = new StoryIndex();
    const stories = cluster(index, [BRIDGE[0], FACTORY[0], BRIDGE[1], CHESS, FACTORY[1], BRIDGE[2], FACTORY[2]] as RawArticle[]);
    const bridge = new Set(BRIDGE.map((a) => stories.get(a.id)));
    const factory = new Set(FACTORY.map((a) => stories.get(a.id)));
    assert.equal(bridge.size, 1, `bridge reports split: ${[...stories]}`);
    assert.equal(factory.size, 1, `factory reports split: ${[...stories]}`);
    assert.notDeepEqual([...bridge], [...factory]);
    assert.ok(![...bridge, ...factory].includes(stories.get(CHESS.id)), "the chess report must start its own story");
    assert.equal(index.storyCount, 3);
  });

  it("stream: features carry content lemmas, entities, values and the publication day", () => {
    const f = features(BRIDGE[0] as RawArticle);
    assert.ok((f.terms.bridge ?? 0) >= 2, JSON.stringify(f.terms));
    assert.ok(Object.keys(f.entities).some((e) => e.includes("calloway")), JSON.stringify(f.entities));
    assert.ok(f.values.includes("distance:km:40"), JSON.stringify(f.values));
    assert.equal(f.day, Math.floor(Date.parse("2030-03-04") / 86_400_000));
    assert.equal(f.minhash.length, 64);
  });

  it("stream: a dated article outside the time window starts a new story", () => {
    const index = new StoryIndex({ windowDays: 7 });
    cluster(index, BRIDGE.slice(0, 2));
    const late = features({ ...(BRIDGE[2] as RawArticle), published: "2030-06-01" });
    assert.equal(index.assign(late).storyId, null);
    const onTime = features(BRIDGE[2] as RawArticle);
    assert.notEqual(index.assign(onTime).storyId, null);
  });

  it("stream: a near-identical copy is found; a different report of the same event is not a copy", () => {
    const index = new StoryIndex();
    cluster(index, [BRIDGE[0] as RawArticle]);
    assert.equal(index.findCopy(features(BRIDGE_COPY)), "bridge-a");
    assert.equal(index.findCopy(features(BRIDGE[1] as RawArticle)), undefined);
  });

  it("stream: MinHash estimates high Jaccard for near copies and low for different texts", () => {
    const a = signShingles((BRIDGE[0] as RawArticle).body);
    assert.ok(estimateJaccard(a, signShingles(BRIDGE_COPY.body)) > 0.7);
    assert.ok(estimateJaccard(a, signShingles((FACTORY[0] as RawArticle).body)) < 0.1);
  });

  it("stream: two stories that turn out to be one are merged, the smaller into the larger", () => {
    // Force a split with a join threshold no pair can reach, then ask for merges with a low one.
    const index = new StoryIndex({ joinThreshold: 1.1, mergeThreshold: 0.1 });
    const stories = cluster(index, [BRIDGE[0], BRIDGE[1]] as RawArticle[]);
    assert.equal(new Set(stories.values()).size, 2);
    const m = index.findMerge(stories.get("bridge-b") as number);
    assert.ok(m, "the two bridge stories should merge");
    index.merge(m.from, m.into);
    assert.equal(index.storyOf("bridge-a"), index.storyOf("bridge-b"));
    assert.equal(index.storyCount, 1);
  });
});
