import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../../eval/lib/seeded-random.js";
import { findCandidatePairs } from "../../src/compare/align/candidate-pairs.js";
import { PairListBuilder } from "../../src/compare/align/pair-list.js";
import { PairScoreMemo } from "../../src/compare/align/pair-score-memo.js";
import { PairScorer } from "../../src/compare/align/pair-scorer.js";
import { pairSimilarity } from "../../src/compare/align/pair-similarity.js";
import { type SentenceVector, weighSentences } from "../../src/compare/align/sentence-vectors.js";
import { classifyVectors } from "../../src/compare/align/vector-classes.js";

/**
 * One story told by `outlets` sources: each tells some of 12 base sentences, word for word or with
 * one word swapped or one added, so most vectors repeat hundreds of times (the windows of the
 * candidate index fill up) and some occur once.
 */
function oneStory(outlets: number, seed = 3): SentenceVector[] {
  const random = seededRandom(seed);
  const words = "summit talks ceasefire sanction border troop envoy treaty missile grain port vote".split(" ");
  const base = Array.from({ length: 12 }, (_, k) => [words[k], words[(k + 1) % 12], words[(k + 3) % 12], `w${k}`, `v${k}`, "story"]);
  const names = ["petrova", "halloran", "okafor"];
  const counts: Array<{ doc: number; sentence: number; terms: Map<string, number>; names: Set<string> }> = [];
  for (let doc = 0; doc < outlets; doc++) {
    base.forEach((terms, k) => {
      if (random() < 0.4) return;
      const edited = [...(terms as string[])];
      const r = random();
      if (r < 0.15) edited[Math.floor(random() * edited.length)] = `edit${Math.floor(random() * 3)}`;
      else if (r < 0.2) edited.push(`once${doc}x${k}`);
      const name = names[k % 3] as string;
      if (random() < 0.7) edited.push(name);
      const map = new Map<string, number>();
      for (const t of edited) map.set(t, (map.get(t) ?? 0) + 1);
      counts.push({ doc, sentence: k, terms: map, names: new Set(edited.includes(name) ? [name] : []) });
    });
  }
  return weighSentences(counts).vectors;
}

/** The candidate search as it was before the memo: every candidate scored, pairs as objects, a comparison sort. */
function referencePairs(vectors: readonly SentenceVector[], threshold: number): Array<[number, number, number]> {
  const ranked = vectors.map((v) =>
    [...v.weights.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, 16)
      .map(([t]) => t),
  );
  const postings = new Map<string, number[]>();
  ranked.forEach((terms, i) => {
    for (const t of terms) postings.set(t, [...(postings.get(t) ?? []), i]);
  });
  const pairs: Array<{ a: number; b: number; score: number }> = [];
  vectors.forEach((vi, i) => {
    const hits = new Map<number, number>();
    for (const t of (ranked[i] ?? []).slice(0, 8)) {
      const later = (postings.get(t) ?? []).filter((j) => j > i).slice(0, 64);
      for (const j of later) hits.set(j, (hits.get(j) ?? 0) + 1);
    }
    for (const [j, shared] of hits) {
      const vj = vectors[j] as SentenceVector;
      if (shared < 2 || vj.doc === vi.doc) continue;
      const score = pairSimilarity(vi, vj);
      if (score >= threshold) pairs.push({ a: i, b: j, score });
    }
  });
  return pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b).map((p) => [p.a, p.b, p.score]);
}

describe("align candidates", () => {
  it("align: candidate pairs with scores memoized per class of identical vectors are those of scoring every pair", () => {
    const vectors = oneStory(300);
    const { sizes } = classifyVectors(vectors);
    // The case must hold both: vectors repeated past a window (64) and vectors that occur once.
    assert.ok(Math.max(...sizes) > 64, `largest class ${Math.max(...sizes)}`);
    assert.ok(sizes.some((s) => s === 1));
    const pairs = findCandidatePairs(vectors, 0.28);
    const got = Array.from({ length: pairs.length }, (_, k) => [pairs.a[k], pairs.b[k], pairs.score[k]]);
    const want = referencePairs(vectors, 0.28);
    assert.ok(want.length > 1000, `${want.length} pairs`);
    assert.deepEqual(got, want);
  });

  it("align: vectors share a class only when terms, their order, weights and names are the same", () => {
    const counts = [
      { doc: 0, sentence: 0, terms: new Map([["a", 1], ["b", 1], ["c", 1]]), names: new Set(["c"]) },
      { doc: 1, sentence: 0, terms: new Map([["a", 1], ["b", 1], ["c", 1]]), names: new Set(["c"]) },
      { doc: 2, sentence: 0, terms: new Map([["b", 1], ["a", 1], ["c", 1]]), names: new Set(["c"]) },
      { doc: 3, sentence: 0, terms: new Map([["a", 2], ["b", 1], ["c", 1]]), names: new Set(["c"]) },
      { doc: 4, sentence: 0, terms: new Map([["a", 1], ["b", 1], ["c", 1]]), names: new Set<string>() },
      { doc: 5, sentence: 0, terms: new Map([["d", 1], ["e", 1]]), names: new Set<string>() },
    ];
    const { classOf, sizes } = classifyVectors(weighSentences(counts).vectors);
    assert.deepEqual([...classOf], [0, 0, 1, 2, 3, 4]);
    assert.deepEqual([...sizes], [2, 1, 1, 1, 1]);
  });

  it("align: a memoized score is pairSimilarity of the pair in the order asked", () => {
    const vectors = oneStory(40, 11);
    const memo = new PairScoreMemo(vectors, classifyVectors(vectors));
    for (let i = 0; i < vectors.length; i += 3) {
      for (let j = 0; j < vectors.length; j += 7) {
        const want = pairSimilarity(vectors[i] as SentenceVector, vectors[j] as SentenceVector);
        assert.equal(memo.scores[memo.scoreId(i, j)], want, `${i}, ${j}`);
      }
    }
    // Scored once per pair of classes: far fewer scores than pairs asked.
    assert.ok(memo.scores.length < (vectors.length / 3) * (vectors.length / 7) / 2, `${memo.scores.length} scores`);
  });

  it("align: the flat scorer gives pairSimilarity's very doubles, in any order of calls", () => {
    const vectors = oneStory(30, 17);
    const scorer = new PairScorer(vectors);
    const random = seededRandom(9);
    let nonzero = 0;
    // Runs of calls for one i (as the candidate search makes them), then pairs in random order.
    for (let i = 0; i < vectors.length; i += 5) {
      for (let j = 0; j < vectors.length; j += 3) {
        const want = pairSimilarity(vectors[i] as SentenceVector, vectors[j] as SentenceVector);
        assert.ok(Object.is(scorer.score(i, j), want), `${i}, ${j}`);
        if (want > 0) nonzero++;
      }
    }
    for (let k = 0; k < 3000; k++) {
      const i = Math.floor(random() * vectors.length);
      const j = Math.floor(random() * vectors.length);
      assert.ok(Object.is(scorer.score(i, j), pairSimilarity(vectors[i] as SentenceVector, vectors[j] as SentenceVector)), `${i}, ${j}`);
    }
    assert.ok(nonzero > 100, `${nonzero} pairs above 0`);
  });

  it("align: sorted pairs come highest score first, equal scores in the order pushed", () => {
    const random = seededRandom(5);
    const scores = [0.3, 0.9, 0.5, 0.9, 0.31, 0.5];
    const builder = new PairListBuilder();
    const pushed: Array<[number, number, number]> = [];
    for (let k = 0; k < 5000; k++) {
      const id = Math.floor(random() * scores.length);
      const b = k + 1 + Math.floor(random() * 9);
      builder.push(k, b, id);
      pushed.push([k, b, scores[id] as number]);
    }
    const sorted = builder.sorted(scores);
    const got = Array.from({ length: sorted.length }, (_, k) => [sorted.a[k], sorted.b[k], sorted.score[k]]);
    // Array.prototype.sort is stable: the order pushed decides between equal scores.
    const want = [...pushed].sort((x, y) => y[2] - x[2]);
    assert.deepEqual(got, want);
  });
});
