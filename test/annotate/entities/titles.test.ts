import assert from "node:assert/strict";
import { test } from "node:test";
import { isTitle, matchTitleAt, matchTitleEndingAt, TITLES } from "../../../src/annotate/entities/titles.js";

/** The longest title starting at (ending before) a place, by trying every length: the plain reading. */
function longestAt(words: readonly string[], from: number): number {
  for (let n = words.length - from; n > 0; n--) if (isTitle(words.slice(from, from + n))) return n;
  return 0;
}
function longestEndingAt(words: readonly string[], to: number): number {
  for (let n = to; n > 0; n--) if (isTitle(words.slice(to - n, to))) return n;
  return 0;
}

test("titles: the first- and last-word look-ups give the same longest title as trying every length", () => {
  // Every title inside other words, and word lists of title words in every order (so near misses
  // such as "minister of state" and titles inside titles are met).
  const pieces = [...new Set(TITLES.flatMap((t) => t.split(" ")))];
  const lists: string[][] = TITLES.map((t) => ["the", ...t.split(" "), "ada", "brennan"]);
  for (let i = 0; i < pieces.length; i++) lists.push(pieces.slice(i, i + 6), [...pieces.slice(i, i + 4)].reverse());
  lists.push(["vice president", "elect"], ["", "president"], []);
  let found = 0;
  for (const words of lists) {
    for (let k = 0; k <= words.length; k++) {
      assert.equal(matchTitleAt(words, k), longestAt(words, k), `${words.join("|")} at ${k}`);
      assert.equal(matchTitleEndingAt(words, k), longestEndingAt(words, k), `${words.join("|")} before ${k}`);
      if (matchTitleAt(words, k) > 0) found++;
    }
  }
  assert.ok(found > TITLES.length, "titles were found");
});
