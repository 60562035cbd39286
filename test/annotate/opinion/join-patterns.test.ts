import assert from "node:assert/strict";
import { test } from "node:test";
import { anyPatternMatches, joinPatterns } from "../../../src/annotate/opinion/join-patterns.js";

const TEXTS = ["Sign up today", "Bar none", "the foo fighters", "food for thought", "nothing here", "BAR at the start", "a bar"];

test("joinPatterns: the joined pattern matches exactly where one of the patterns does", () => {
  const patterns = [/\bfoo\b/i, /^bar/i, /sign (?:up|in)\b/i];
  const joined = joinPatterns(patterns);
  assert.ok(joined);
  let hits = 0;
  for (const t of TEXTS) {
    const expected = patterns.some((re) => re.test(t));
    if (expected) hits++;
    assert.equal(joined.test(t), expected, t);
    assert.equal(anyPatternMatches(patterns, joined, t), expected, t);
  }
  assert.ok(hits >= 3 && hits < TEXTS.length);
});

test("joinPatterns: patterns it cannot join leave the caller testing them one by one", () => {
  assert.equal(joinPatterns([/a/i, /b/]), undefined, "different flags");
  assert.equal(joinPatterns([/a/g, /b/g]), undefined, "global patterns keep state");
  assert.equal(joinPatterns([/(a)\1/, /b/]), undefined, "a back-reference would shift");
  assert.equal(joinPatterns([/(?<x>a)/, /(?<x>b)/]), undefined, "named groups would repeat");
  assert.equal(joinPatterns([]), undefined);
  // Lookbehinds are not groups: they join.
  assert.ok(joinPatterns([/(?<=a)b/, /(?<!c)d/]));
  const unjoined = [/foo/i, /bar/];
  assert.equal(anyPatternMatches(unjoined, joinPatterns(unjoined), "a bar"), true);
  assert.equal(anyPatternMatches(unjoined, joinPatterns(unjoined), "a BAR"), false);
});
