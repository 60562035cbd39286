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

/** The pairs as defined, the slow way: every pair of sentences tested on its own. */
function referencePairs(
  items: readonly SentenceItem[],
  { minSharedProbes = 1, bothWays = true, only = () => true }: { minSharedProbes?: number; bothWays?: boolean; only?: (i: number) => boolean },
): string[] {
  const df = new Map<string, number>();
  for (const it of items) for (const t of it.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const probes = items.map((it) =>
    [...it.terms]
      .filter((t) => df.get(t)! > 1 && df.get(t)! <= 400)
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : 1))
      .slice(0, 8),
  );
  const members = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const f of it.facts ?? []) members.set(f, [...(members.get(f) ?? []), i]);
  });
  const viaFact = (i: number, j: number) =>
    [...members.values()].some((m) => m.includes(i) && m.includes(j) && m.indexOf(i) < 24);
  const probed = (p: number, q: number) => probes[p]!.filter((t) => items[q]!.terms.has(t)).length >= minSharedProbes;
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) {
    if (items[i]!.source === items[j]!.source || !only(i) || !only(j)) continue;
    if (viaFact(i, j) || probed(i, j) || (bothWays && probed(j, i))) out.push(`${i}-${j}`);
  }
  return out;
}

describe("candidate sentence pairs, against their definition", () => {
  // A small deterministic generator: sentences of a few sources, words of a skewed vocabulary, some facts.
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const story = (n: number, words: number): SentenceItem[] =>
    Array.from({ length: n }, () => {
      const terms = new Set<string>();
      const size = 2 + Math.floor(random() * 12);
      for (let k = 0; k < size; k++) terms.add(`w${Math.floor(random() ** 2 * words)}`);
      const facts = random() < 0.3 ? new Set([`f${Math.floor(random() * 4)}`]) : undefined;
      return { source: `s${Math.floor(random() * 6)}`, terms, ...(facts ? { facts } : {}) };
    });

  for (const [minSharedProbes, bothWays] of [[1, true], [2, true], [2, false]] as const) {
    it(`gives every pair the definition gives, in order (${minSharedProbes} probe(s), ${bothWays ? "both ways" : "one way"})`, () => {
      const items = story(120, 60);
      const pairs = candidateSentencePairs(items, { minSharedProbes, bothWays }).map(([i, j]) => `${i}-${j}`);
      assert.deepEqual(pairs, referencePairs(items, { minSharedProbes, bothWays }));
    });
  }

  it("leaves out the sentences `only` refuses, which still count in how rare a word is", () => {
    const items = story(120, 60);
    const only = (i: number) => i % 3 !== 0;
    const pairs = candidateSentencePairs(items, { only }).map(([i, j]) => `${i}-${j}`);
    assert.deepEqual(pairs, referencePairs(items, { only }));
    assert.ok(pairs.length > 0);
  });

  it("keeps the first members of a big fact paired with the rest, and words in too many sentences out of the probes", () => {
    const items = story(450, 30).map((it, i) => ({ ...it, terms: new Set([...it.terms, "common"]), ...(i % 2 ? { facts: new Set(["big"]) } : {}) }));
    const pairs = candidateSentencePairs(items).map(([i, j]) => `${i}-${j}`);
    assert.deepEqual(pairs, referencePairs(items, {}));
  });
});
