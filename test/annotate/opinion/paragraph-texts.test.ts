import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { paragraphTexts } from "../../../src/annotate/opinion/paragraph-texts.js";
import { segmentSentences } from "../../../src/segment/segment-sentences.js";

describe("paragraphTexts", () => {
  it("opinion: one entry per paragraph, its sentences' texts each followed by one space", () => {
    const text = "First one.  Second one.\n\nThird one.\nFourth one. Fifth.";
    const { sentences } = segmentSentences(text);
    const paragraphs = paragraphTexts(sentences, text);
    assert.deepEqual(
      paragraphs.map((p) => p.text),
      ["First one. Second one. ", "Third one. ", "Fourth one. Fifth. "],
    );
    assert.deepEqual(
      paragraphs.map((p) => p.sentences.map((s) => s.index)),
      [[0, 1], [2], [3, 4]],
    );
  });

  it("opinion: a paragraph number seen again later starts a new entry (runs, not a grouping)", () => {
    const text = "A. B. C.";
    const sentences = [
      { index: 0, start: 0, end: 2, paragraph: 0 },
      { index: 1, start: 3, end: 5, paragraph: 1 },
      { index: 2, start: 6, end: 8, paragraph: 0 },
    ];
    assert.deepEqual(paragraphTexts(sentences, text).map((p) => p.text), ["A. ", "B. ", "C. "]);
  });
});
