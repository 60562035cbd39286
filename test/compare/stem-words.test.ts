import assert from "node:assert/strict";
import { describe, it } from "node:test";
import porter from "talisman/stemmers/porter.js";
import { seededRandom } from "../../eval/lib/seeded-random.js";
import { stemWords } from "../../src/compare/align/stem-words.js";

/** stemWords as first written: the Unicode word regex, every word looked up. */
function reference(text: string): Set<string> {
  const stop = new Set(["the", "and", "of", "to", "said", "in", "a", "new", "after", "is"]);
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (stop.has(w)) continue;
    out.add(w.length > 3 ? porter(w) : w);
  }
  return out;
}

describe("stemWords", () => {
  it("stems a headline's content words", () => {
    assert.deepEqual([...stemWords("Senators Reach Deal")], ["senat", "reach", "deal"]);
    assert.deepEqual([...stemWords("The talks ended after 3 hours")], ["talk", "end", "3", "hour"]);
  });

  it("reads the same words in ASCII and in other scripts, in order of first use", () => {
    const words = ["Talks", "ended", "the", "and", "of", "Geneva", "2025", "ceasefire", "café", "Ærø", "naïve", "said", "U.S.", "K-9", "résumé", "new", "agreements"];
    const seps = [" ", ", ", ".", " — ", "\n", "'s ", "-", "\u00a0"];
    const random = seededRandom(21);
    for (let k = 0; k < 500; k++) {
      let text = "";
      const n = 1 + Math.floor(random() * 10);
      for (let i = 0; i < n; i++) text += (words[Math.floor(random() * words.length)] as string) + seps[Math.floor(random() * seps.length)];
      assert.deepEqual([...stemWords(text)], [...reference(text)], text);
    }
  });
});
