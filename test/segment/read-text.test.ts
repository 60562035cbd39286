import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readText, readTextColumns } from "../../src/segment/read-text.js";
import { segmentSentences } from "../../src/segment/segment-sentences.js";

/** Paragraph breaks, a tab, a Windows line end and words wink may split around them. */
const TEXT = "First line.\n\nSecond\tparagraph, here:\r\nthird one (with a bracket).\n\n\nLast—really last.";

describe("readTextColumns", () => {
  it("segment: flags as line breaks exactly the tokens wink types tabCRLF", () => {
    const typed = readText(TEXT).tokens.map((t) => (t.type === "tabCRLF" ? 1 : 0));
    assert.deepEqual([...readTextColumns(TEXT).lineBreaks], typed);
    assert.ok(typed.some((x) => x === 1), "the text has line-break tokens");
  });

  it("segment: offsets and lemmas agree with readText token for token", () => {
    const columns = readTextColumns(TEXT);
    const tokens = readText(TEXT).tokens;
    assert.deepEqual([...columns.starts], tokens.map((t) => t.start));
    assert.deepEqual([...columns.ends], tokens.map((t) => t.end));
    assert.deepEqual(columns.pos, tokens.map((t) => t.pos));
  });

  it("segment: the segmenter's tokens leave out line breaks and keep every other token", () => {
    const kept = readText(TEXT).tokens.filter((t) => t.type !== "tabCRLF" && t.end > t.start);
    const { tokens } = segmentSentences(TEXT);
    assert.deepEqual(tokens.map((t) => [t.start, t.end, t.lemma, t.pos, t.stop]), kept.map((t) => [t.start, t.end, t.lemma, t.pos, t.stop]));
  });

  it("segment: a word's lemma follows its tag, however often the same word was lemmatized before", () => {
    const text = "He saw the saw in the shed. The saw was sharp and I saw it. The mice were running; they ran.";
    const lemmas = (t: string) => readText(t).tokens.filter((x) => /^(?:saw|mice|running|ran)$/.test(x.value)).map((x) => `${x.pos} ${x.lemma}`);
    const expected = ["VERB see", "NOUN saw", "NOUN saw", "VERB see", "NOUN mouse", "VERB run", "VERB run"];
    assert.deepEqual(lemmas(text), expected);
    assert.deepEqual(lemmas(text), expected, "read again, with the lemmatizer's answers remembered");
  });
});
