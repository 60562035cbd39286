import assert from "node:assert/strict";
import { test } from "node:test";
import { countWords, wordsOf } from "../../src/clean/rules/line-rule.js";

test("clean: countWords counts as wordsOf does, stopping at the cap", () => {
  const lines = ["", "   ", "Home", "  Home  News\tSport\n", "a\u00a0b\u2003c\u3000d", "one two three four five six seven eight", "𝐁old 𝐌ath", "\ufeffword\u2028next"];
  for (const line of lines) {
    const n = wordsOf(line).length;
    assert.equal(countWords(line), n, JSON.stringify(line));
    for (const cap of [1, 2, 3, 5, 7]) assert.equal(countWords(line, cap), Math.min(n, cap), `${JSON.stringify(line)} cap ${cap}`);
  }
  // Spaces beyond ASCII separate words too.
  assert.equal(countWords("a\u00a0b\u2003c\u3000d"), 4);
});
