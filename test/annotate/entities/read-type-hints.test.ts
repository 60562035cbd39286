import assert from "node:assert/strict";
import { test } from "node:test";
import nlp from "compromise";
import { readCommonPlurals } from "../../../src/annotate/entities/read-type-hints.js";

// Sentence openers of news prose: plural nouns, names, acronyms, hyphenated and possessive forms.
const WORDS = [
  "officials",
  "critics",
  "brennan",
  "analysts",
  "u.s.",
  "pro-tervian",
  "residents'",
  "nato",
  "police",
  "tervia",
  "data",
  "says",
];

test("plural test in one batch: each word reads as it does alone", () => {
  const batch = readCommonPlurals(WORDS);
  assert.ok(batch, "one sentence per word");
  for (const w of WORDS) {
    const alone = nlp(w);
    assert.equal(batch.get(w), alone.has("#Plural") && !alone.has("#ProperNoun"), w);
  }
  assert.equal(batch.get("officials"), true);
  assert.equal(batch.get("brennan"), false);
});

test("plural test in one batch: refuses words that would not stay one line", () => {
  assert.equal(readCommonPlurals(["officials", "new york"]), undefined);
});
