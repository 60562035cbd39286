import assert from "node:assert/strict";
import { test } from "node:test";
import { loadExample } from "../../bench/lib/bench-corpus.js";
import { normalizeOptions } from "../../src/config/options.js";
import type { RawArticle } from "../../src/model/article.js";
import { analyzeArticle, analyzeBlock } from "../../src/pipeline/analyze-article.js";
import {
  analyzeArticles,
  analyzeBatch,
  bigEnoughForThreads,
  POOL_MIN_ARTICLES,
  POOL_MIN_CHARACTERS,
} from "../../src/pipeline/analyze-articles.js";
import { briefDocs, compareSources, FACT_STAGES, runFactStage } from "../../src/pipeline/brief-docs.js";
import { compareBeside, releaseDocs } from "../../src/pipeline/held-docs.js";
import { alignSentences } from "../../src/compare/align-sentences.js";
import { packTokens, receiveDoc, sendDoc, unpackTokens } from "../../src/pipeline/pack-tokens.js";

const options = normalizeOptions();
/** Every article through an analysis thread: this thread only collects. */
const THROUGH_THREAD = { threads: 1, minArticles: 0, minCharacters: 0, callerAnalyses: false } as const;

// The example's five outlets plus invented articles that repeat a possessive name after it was
// read with a comma ("Hale's," then "Hale's"), which once tokenized differently by thread history.
const invented: RawArticle[] = [
  {
    id: "inv-1",
    path: "inv-1.txt",
    body: "Minister Ada Brennan met Tom Hale's deputy in Port Ellis on Monday.\n\nIt was Hale's, not Brennan's, proposal that won 12 votes, officials said.",
  },
  {
    id: "inv-2",
    path: "inv-2.txt",
    body: 'Tom Hale\'s plan drew 12 votes on Monday, officials said. "We will not wait," Hale said in Port Ellis.',
  },
];

test("pipeline: Docs analysed in a thread equal Docs analysed here, in input order", () => {
  const articles = [...loadExample(), ...invented];
  // Analysed here in reverse order: a Doc must not depend on the articles read before it.
  const here = [...articles]
    .reverse()
    .map((a) => analyzeArticle(a, options))
    .reverse();
  const pooled = analyzeArticles(articles, options, THROUGH_THREAD);
  assert.equal(pooled.length, articles.length);
  pooled.forEach((doc, i) => {
    assert.deepStrictEqual(doc, here[i], `article ${articles[i]?.id}`);
  });
  assert.deepStrictEqual(briefDocs(pooled, options), briefDocs(here, options));
});

test("pipeline: an article's error is raised as it is in this thread", () => {
  const bad = { id: "bad", path: "bad.txt", body: undefined } as unknown as RawArticle;
  const articles = [...invented, bad];
  let expected: Error | undefined;
  try {
    articles.map((a) => analyzeArticle(a, options));
  } catch (err) {
    expected = err as Error;
  }
  assert.ok(expected, "the bad article fails in this thread");
  assert.throws(() => analyzeArticles(articles, options, THROUGH_THREAD), { message: expected.message });
});

test("pipeline: a block analysed stage by stage gives each article's own Doc, and a failing article only its error", () => {
  const bad = { id: "bad", path: "bad.txt", body: undefined } as unknown as RawArticle;
  const articles = [...invented, bad, ...loadExample()];
  const block = analyzeBlock(articles, options);
  assert.equal(block.length, articles.length);
  block.forEach((result, i) => {
    const article = articles[i] as RawArticle;
    if (article === bad) {
      assert.ok(result.error !== undefined && result.doc === undefined, "the bad article comes back with its error");
      return;
    }
    assert.equal(JSON.stringify(result.doc), JSON.stringify(analyzeArticle(article, options)), article.id);
  });
});

test("pipeline: packed tokens unpack to the same tokens", () => {
  const doc = analyzeArticle(invented[0] as RawArticle, options);
  const packed = packTokens(doc.tokens);
  assert.ok(packed);
  assert.deepStrictEqual(unpackTokens(packed), doc.tokens);
});

test("pipeline: analysis threads only for briefs with enough articles and enough text to repay their start", () => {
  const of = (count: number, characters: number): RawArticle[] =>
    Array.from({ length: count }, (_, i) => ({ id: `a${i}`, path: `a${i}.txt`, body: "x".repeat(characters) }));
  const perArticle = Math.ceil(POOL_MIN_CHARACTERS / POOL_MIN_ARTICLES);
  assert.equal(bigEnoughForThreads(of(POOL_MIN_ARTICLES, perArticle)), true);
  assert.equal(bigEnoughForThreads(of(POOL_MIN_ARTICLES - 1, perArticle * 2)), false, "too few articles");
  assert.equal(bigEnoughForThreads(of(POOL_MIN_ARTICLES * 2, Math.floor(perArticle / 4))), false, "too little text");
  assert.equal(bigEnoughForThreads(of(3, 10), { minArticles: 0, minCharacters: 0 }), true, "a caller may ask for threads at any size");
});

test("pipeline: a sent Doc is received equal, key order included", () => {
  const doc = analyzeArticle(invented[1] as RawArticle, options);
  const received = receiveDoc(structuredClone(sendDoc(doc)));
  assert.deepStrictEqual(received, doc);
  assert.equal(JSON.stringify(received), JSON.stringify(doc));
});

test("pipeline: the thread holding the Docs compares them as this thread does", () => {
  // Docs from both threads (the caller analyses too, sending its Docs to the holder), one left out
  // of the comparison as an empty article would be.
  const articles = [...loadExample(), ...invented, ...loadExample().map((a) => ({ ...a, id: `again-${a.id}`, path: `again-${a.path}` }))];
  const { docs, held } = analyzeBatch(articles, options, { threads: 1, minArticles: 0, minCharacters: 0, hold: true });
  assert.ok(held, "the first thread holds the Docs");
  try {
    const keep = docs.map((_, i) => i).filter((i) => i !== 2);
    const kept = keep.map((i) => docs[i] as (typeof docs)[number]);
    const beside = compareBeside(held, keep, options);
    const facts = alignSentences(kept, options);
    // This thread takes no stage: the thread beside takes every one.
    beside.sendFacts(facts);
    const sources = beside.sources();
    assert.ok(sources, "the thread answered");
    assert.deepStrictEqual(sources, compareSources(kept));
    assert.ok(sources.entities.length > 0, "something was compared");
    FACT_STAGES.forEach((stage, k) => {
      const there = beside.stageResult(k);
      assert.ok(there !== undefined, `the thread made ${stage}`);
      assert.deepStrictEqual(there, runFactStage(stage, kept, facts, options), stage);
    });
    assert.ok(beside.claim() >= FACT_STAGES.length, "no stage is left to take");
  } finally {
    releaseDocs(held);
  }
});

test("pipeline: the caller and the thread beside share the fact stages, each taken once", () => {
  const articles = [...loadExample(), ...invented];
  const { docs, held } = analyzeBatch(articles, options, { threads: 1, minArticles: 0, minCharacters: 0, hold: true });
  assert.ok(held);
  try {
    const keep = docs.map((_, i) => i);
    const beside = compareBeside(held, keep, options);
    const facts = alignSentences(docs, options);
    // Take the first stage here before the facts are sent: the thread can only take the others.
    assert.equal(beside.claim(), 0);
    beside.sendFacts(facts);
    assert.ok(beside.sources());
    for (let k = 1; k < FACT_STAGES.length; k++) {
      assert.deepStrictEqual(beside.stageResult(k), runFactStage(FACT_STAGES[k] as (typeof FACT_STAGES)[number], docs, facts, options));
    }
  } finally {
    releaseDocs(held);
  }
});

test("pipeline: a briefing is the same with analysis threads (comparing beside) and without", () => {
  const articles = [...loadExample(), ...invented];
  const threaded = briefArticlesWith(articles, 1);
  const here = briefArticlesWith(articles, 0);
  assert.equal(JSON.stringify(threaded), JSON.stringify(here));
});

/** `briefArticles` on tiny batches, with `threads` analysis threads forced by the pool thresholds at 0. */
function briefArticlesWith(articles: RawArticle[], threads: number) {
  const { docs, held } = analyzeBatch(articles, options, { threads, minArticles: 0, minCharacters: 0, hold: true });
  assert.equal(held !== undefined, threads > 0);
  try {
    const keep = docs.map((_, i) => i);
    return briefDocs(docs, options, [], held && compareBeside(held, keep, options));
  } finally {
    if (held) releaseDocs(held);
  }
}
