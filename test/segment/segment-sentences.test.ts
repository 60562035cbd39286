import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { segmentSentences } from "../../src/segment/segment-sentences.js";

function sentences(text: string): string[] {
  return segmentSentences(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe("segmentSentences", () => {
  it("segment: keeps abbreviations, titles and initials inside a sentence", () => {
    assert.deepEqual(sentences("Mr. Doe met Gen. Roe in the U.S. capital. J. R. Smith left."), [
      "Mr. Doe met Gen. Roe in the U.S. capital.",
      "J. R. Smith left.",
    ]);
  });

  it("segment: keeps decimals and money", () => {
    assert.deepEqual(sentences("The talks lasted 2.5 hours. They cost $3.2 million."), [
      "The talks lasted 2.5 hours.",
      "They cost $3.2 million.",
    ]);
  });

  it("segment: a closing quote stays with its sentence", () => {
    assert.deepEqual(sentences('"We are ready," she said. "Next week," he replied.'), [
      '"We are ready," she said.',
      '"Next week," he replied.',
    ]);
  });

  it("segment: an ellipsis before a lower-case word does not end the sentence", () => {
    const out = sentences("“Many points were agreed to…. we didn’t get there,” the mayor said.");
    assert.equal(out.length, 1);
  });

  it("segment: a line break ends a paragraph and a sentence", () => {
    const { sentences: s } = segmentSentences("First line without stop\n\nSecond paragraph here.");
    assert.equal(s.length, 2);
    assert.equal(s[0]?.paragraph, 0);
    assert.equal(s[1]?.paragraph, 1);
  });

  it("segment: offsets are exact, trimmed and in order; tokens point into their sentence", () => {
    const text = "  One.  Two words here.\n\nThree?  ";
    const { sentences: s, tokens } = segmentSentences(text);
    let prev = 0;
    for (const x of s) {
      assert.ok(x.start >= prev && x.end > x.start && x.end <= text.length);
      assert.equal(text.slice(x.start, x.end).trim(), text.slice(x.start, x.end));
      prev = x.end;
    }
    for (const t of tokens) {
      const owner = s[t.sentence];
      assert.ok(owner && t.start >= owner.start && t.end <= owner.end, `token ${t.start}-${t.end} outside its sentence`);
    }
  });
});
