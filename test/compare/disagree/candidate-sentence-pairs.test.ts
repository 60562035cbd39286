import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { candidateSentencePairs, type SentenceItem } from "../../../src/compare/disagree/candidate-sentence-pairs.js";

const item = (source: string, terms: string[]): SentenceItem => ({ source, terms: new Set(terms) });

describe("candidate sentence pairs", () => {
  it("finds a pair through the shorter sentence's rare words when the longer one's rarest are its own", () => {
    // Sentence 0 is long: its eight rarest words ("elkhart", "county", ...) each recur once elsewhere,
    // so they fill its probes; the name it shares with sentence 1 is commoner. Sentence 1 is short.
    const own = ["elkhart", "county", "murder", "guilty", "face", "charge", "court", "unequivocal"];
    const items = [
      item("a", [...own, "hernandez"]),
      item("b", ["hernandez", "residence"]),
      item("c", [...own, "hernandez"]),
      item("d", ["residence", "hernandez"]),
    ];
    const pairs = candidateSentencePairs(items).map(([i, j]) => `${i}-${j}`);
    assert.ok(pairs.includes("0-1"), pairs.join(" "));
  });

  it("never pairs two sentences of one source", () => {
    const items = [item("a", ["vote", "senate"]), item("a", ["vote", "senate"]), item("b", ["vote", "senate"])];
    const pairs = candidateSentencePairs(items);
    assert.ok(pairs.every(([i, j]) => items[i]!.source !== items[j]!.source));
    assert.equal(pairs.length, 2);
  });
});
