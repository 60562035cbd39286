import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { seededRandom } from "../../eval/lib/seeded-random.js";
import { quotedChars, quotedShare } from "../../src/compare/sentence-traits.js";
import type { Doc } from "../../src/model/doc.js";
import type { QuoteMention } from "../../src/model/quote.js";
import type { Sentence } from "../../src/model/sentence.js";

/** A doc of `n` sentences of random lengths, with `quotes` random spans (some across sentences, some nested). */
function randomDoc(seed: number, n: number, quotes: number, text?: string): Doc {
  const random = seededRandom(seed);
  const sentences: Sentence[] = [];
  let at = 0;
  for (let index = 0; index < n; index++) {
    const start = at + Math.floor(random() * 3);
    const end = start + 5 + Math.floor(random() * 60);
    sentences.push({ index, start, end, paragraph: 0 });
    at = end;
  }
  const spans: QuoteMention[] = Array.from({ length: quotes }, () => {
    const start = Math.floor(random() * at);
    return { start, end: start + Math.floor(random() * 150), text: "", speaker: null, rule: "test" } as QuoteMention;
  });
  const body = text ?? "x".repeat(at);
  return { article: { id: "a", text: body } as Doc["article"], sentences, tokens: [], entities: [], quotes: spans, values: [], opinion: [], warnings: [] };
}

/** Every quote's overlap with the sentence, summed (what the sweep must give). */
function naiveChars(doc: Doc, s: Sentence): number {
  let chars = 0;
  for (const q of doc.quotes) chars += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  return chars;
}

describe("sentence traits", () => {
  it("quoted characters per sentence: the sweep over quotes gives every quote's overlap, summed", () => {
    for (const seed of [1, 2, 3]) {
      const doc = randomDoc(seed, 200, 60);
      let covered = 0;
      for (const s of doc.sentences) {
        assert.equal(quotedChars(doc, s), naiveChars(doc, s), `seed ${seed}, sentence ${s.index}`);
        if (naiveChars(doc, s) > 0) covered++;
      }
      assert.ok(covered > 20, `${covered} sentences quoted`);
    }
  });

  it("quoted characters of a sentence not in the doc's list are still counted", () => {
    const doc = randomDoc(4, 50, 20);
    const s = { index: 3, start: 10, end: 400, paragraph: 0 };
    assert.equal(quotedChars(doc, s), naiveChars(doc, s));
  });

  it("with no quote annotations, the share between pairs of quote marks (an unclosed one runs to the end)", () => {
    const text = 'He said "we will go" and then “left”. Plain words here. A "dangling quote to the end';
    const doc: Doc = { ...randomDoc(5, 0, 0, text), sentences: [
      { index: 0, start: 0, end: 37, paragraph: 0 },
      { index: 1, start: 38, end: 55, paragraph: 0 },
      { index: 2, start: 56, end: text.length, paragraph: 0 },
    ] };
    const [a, b, c] = doc.sentences as Sentence[];
    assert.equal(quotedShare(doc, a as Sentence), (19 - 8 + 35 - 30) / 37);
    assert.equal(quotedShare(doc, b as Sentence), 0);
    assert.equal(quotedShare(doc, c as Sentence), (text.length - 58) / (text.length - 56));
  });
});
