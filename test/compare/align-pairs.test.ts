import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findCandidatePairs } from "../../src/compare/align/candidate-pairs.js";
import { nameSkeleton } from "../../src/compare/align/content-terms.js";
import { pairSimilarity } from "../../src/compare/align/pair-similarity.js";
import { type SentenceVector, weighSentences } from "../../src/compare/align/sentence-vectors.js";
import { canonicalTerm } from "../../src/compare/align/synonyms.js";

function vectorsOf(...sentences: Array<{ doc: number; terms: string[]; names?: string[] }>): SentenceVector[] {
  const counts = sentences.map((s, i) => {
    const terms = new Map<string, number>();
    for (const t of s.terms) terms.set(t, (terms.get(t) ?? 0) + 1);
    return { doc: s.doc, sentence: i, terms, names: new Set(s.names ?? []) };
  });
  // Filler sentences give the IDF a story to be rare in.
  for (let k = 0; k < 20; k++) counts.push({ doc: 9, sentence: 100 + k, terms: new Map([[`filler${k}`, 1], ["common", 1]]), names: new Set() });
  return weighSentences(counts).vectors;
}

describe("align pairs", () => {
  it("align: two shared terms are never enough to call two sentences one fact", () => {
    const [a, b] = vectorsOf({ doc: 0, terms: ["negotiate", "ukraine"] }, { doc: 1, terms: ["war", "end", "negotiate", "table", "battlefield", "ukraine"] });
    assert.equal(pairSimilarity(a as SentenceVector, b as SentenceVector), 0);
  });

  it("align: the same words said of different named people score lower than of the same person", () => {
    const terms = ["describe", "meeting", "productive", "friday"];
    const [a, b, c] = vectorsOf(
      { doc: 0, terms: [...terms, "kemal"], names: ["kemal"] },
      { doc: 1, terms: [...terms, "ostrova"], names: ["ostrova"] },
      { doc: 2, terms: [...terms, "kemal"], names: ["kemal"] },
    );
    const other = pairSimilarity(a as SentenceVector, b as SentenceVector);
    const same = pairSimilarity(a as SentenceVector, c as SentenceVector);
    assert.ok(other < same, `${other} < ${same}`);
  });

  it("align: candidate pairs join sentences of different sources only", () => {
    const vectors = vectorsOf(
      { doc: 0, terms: ["bridge", "close", "crack", "beam", "inspector"] },
      { doc: 0, terms: ["bridge", "close", "crack", "beam", "inspector"] },
      { doc: 1, terms: ["bridge", "close", "crack", "beam", "inspector"] },
    );
    const pairs = findCandidatePairs(vectors, 0.28);
    assert.deepEqual(
      [...pairs.a.subarray(0, pairs.length)].map((a, k) => [a, pairs.b[k]]),
      [
        [0, 2],
        [1, 2],
      ],
    );
  });

  it("align: spelling skeletons meet transliterations; synonyms meet their group", () => {
    assert.equal(nameSkeleton("Vostrykova"), nameSkeleton("Vostrikova"));
    assert.equal(nameSkeleton("Annabelle's"), nameSkeleton("Anabele"));
    assert.equal(canonicalTerm("agreement"), canonicalTerm("deal"));
    assert.notEqual(canonicalTerm("state"), canonicalTerm("say"));
  });
});
