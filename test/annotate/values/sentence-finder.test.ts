import assert from "node:assert/strict";
import { test } from "node:test";
import { sentenceFinder } from "../../../src/annotate/values/index.js";
import type { Sentence } from "../../../src/model/sentence.js";

const linear = (sentences: readonly Sentence[], at: number) => sentences.find((s) => at >= s.start && at < s.end);
const sentence = (index: number, start: number, end: number): Sentence => ({ index, start, end, paragraph: 0 });

test("values: sentenceFinder finds the sentence holding a position, as a scan from the first would", () => {
  // In order with gaps between them, one empty, one touching the next.
  const ordered = [sentence(0, 0, 10), sentence(1, 12, 12), sentence(2, 12, 30), sentence(3, 30, 31), sentence(4, 40, 55)];
  const find = sentenceFinder(ordered);
  let held = 0;
  for (let at = -2; at <= 60; at++) {
    assert.equal(find(at), linear(ordered, at), `at ${at}`);
    if (find(at)) held++;
  }
  assert.equal(held, 10 + 18 + 1 + 15);
  // Out of order and overlapping: the first in the list that holds it, as before.
  const unordered = [sentence(0, 20, 30), sentence(1, 0, 25), sentence(2, 5, 8)];
  const findUnordered = sentenceFinder(unordered);
  for (let at = 0; at <= 31; at++) assert.equal(findUnordered(at), linear(unordered, at), `at ${at}`);
  assert.equal(sentenceFinder([])(3), undefined);
});
