import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordCount } from "../../src/synthesize/word-count.js";

describe("wordCount", () => {
  it("counts what split(/\\s+/) gives, white space of any kind included", () => {
    const texts = ["", " ", "They met on Friday.", "  lead and trail  ", "a\u00a0b\u2003c\u3000d", "tab\there\nnew\r\nline", "zero\u200bwidth"];
    for (const text of texts) assert.equal(wordCount(text), text.split(/\s+/).length, JSON.stringify(text));
  });

  it("counts inside a range as on the slice", () => {
    const text = "Officials said the talks would resume on Monday in Geneva.";
    for (const [start, end] of [[0, text.length], [10, 30], [9, 10], [5, 5]] as const) {
      assert.equal(wordCount(text, start, end), text.slice(start, end).split(/\s+/).length);
    }
  });

  it("agrees with split on random mixes of letters and spaces", () => {
    const chars = ["a", "b", " ", "\n", "\t", "\u00a0", "\u2028", "\ufeff", "\u200b", "é"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      let text = "";
      const n = Math.floor(next() * 12);
      for (let i = 0; i < n; i++) text += chars[Math.floor(next() * chars.length)];
      assert.equal(wordCount(text), text.split(/\s+/).length, JSON.stringify(text));
    }
  });
});
