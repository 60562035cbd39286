import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordingNumberer } from "../../../src/compare/disagree/sentence-wording.js";
import type { Token } from "../../../src/model/token.js";
import type { ValueMention } from "../../../src/model/value.js";

/** Tokens of the words of `text` from `at`, as the segmenter gives them (one per word). */
function tokensAt(text: string, at: number, sentence = 0): Token[] {
  return [...text.slice(at).matchAll(/\S+/g)].map((m) => ({
    start: at + m.index!,
    end: at + m.index! + m[0].length,
    lemma: m[0].toLowerCase(),
    pos: /^\d/.test(m[0]) ? "NUM" : "NOUN",
    stop: false,
    sentence,
  }));
}

function valueAt(text: string, figure: string, high = Number(figure)): ValueMention {
  const start = text.indexOf(figure);
  return { start, end: start + figure.length, text: figure, kind: "number", low: Number(figure), high, approx: "exact", sentenceStart: 0, sentenceEnd: text.length };
}

describe("sentence wording numbers", () => {
  const sentence = "Talks lasted 3 hours.";

  it("gives one number to the same sentence wherever it stands in its article", () => {
    const wording = wordingNumberer();
    const early = sentence;
    const late = `Earlier text here. ${sentence}`;
    const at = late.indexOf(sentence);
    const a = wording.number({ text: early, start: 0, end: early.length, tokens: tokensAt(early, 0), values: [valueAt(early, "3")] });
    const v = valueAt(late, "3");
    const b = wording.number({ text: late, start: at, end: late.length, tokens: tokensAt(late, at, 1), values: [{ ...v, sentenceStart: at, sentenceEnd: late.length }] });
    assert.equal(a, b);
    assert.equal(wording.sentences(a), 2);
  });

  it("tells apart sentences that differ in a token's reading, a value, or what else is given", () => {
    const wording = wordingNumberer();
    const tokens = tokensAt(sentence, 0);
    const base = { text: sentence, start: 0, end: sentence.length, tokens, values: [valueAt(sentence, "3")] };
    const first = wording.number(base);
    const relemma = tokens.map((t, i) => (i === 1 ? { ...t, lemma: "lasts" } : t));
    const retagged = tokens.map((t, i) => (i === 1 ? { ...t, pos: "VERB" } : t));
    const numbers = [
      wording.number({ ...base, tokens: relemma }),
      wording.number({ ...base, tokens: retagged }),
      wording.number({ ...base, values: [valueAt(sentence, "3", 4)] }),
      wording.number({ ...base, values: [{ ...valueAt(sentence, "3"), slot: { subject: "talks", predicate: "last" } }] }),
      wording.number({ ...base, extra: "1,2" }),
      wording.number({ ...base, values: [valueAt(sentence, "3", Infinity)] }),
      wording.number({ ...base, values: [{ ...valueAt(sentence, "3"), low: -Infinity }] }),
    ];
    assert.deepEqual(numbers, [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(first, 0);
    assert.equal(wording.number({ ...base, tokens: [...tokens] }), 0);
    assert.deepEqual([0, 1, 7, 8].map(wording.sentences), [2, 1, 1, 0]);
  });

  it("tells apart two spans of the sentence over the same tokens", () => {
    const wording = wordingNumberer();
    // The tokens reach the last character either way, so the text read is the same.
    const tokens = tokensAt(sentence, 0);
    assert.notEqual(
      wording.number({ text: sentence, start: 0, end: sentence.length, tokens }),
      wording.number({ text: sentence, start: 0, end: sentence.length - 1, tokens }),
    );
  });
});
