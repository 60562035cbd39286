import assert from "node:assert/strict";
import { test } from "node:test";
import { BOILERPLATE, isBoilerplate } from "../../../src/annotate/opinion/lexicon/boilerplate.js";

test("boilerplate: a sentence is furniture exactly when one of the BOILERPLATE patterns matches it", () => {
  const sentences = [
    "Sign up for our newsletter.",
    "Follow us on social media.",
    "Click here to read the report.",
    "Read more about the election.",
    "Related: the vote count so far.",
    "All rights reserved.",
    "Please turn on JavaScript.",
    "Download the new app today.",
    "Thanks for reading.",
    "Please note: the figures are provisional.",
    "The council voted to close the library.",
    "He signed the bill into law on Monday.",
    "Readers were asked to follow the guidance.",
    "Prices rose by three percent last year.",
  ];
  let furniture = 0;
  for (const s of sentences) {
    const expected = BOILERPLATE.some((re) => re.test(s));
    if (expected) furniture++;
    assert.equal(isBoilerplate(s), expected, s);
  }
  assert.ok(furniture >= 8 && furniture < sentences.length, `furniture ${furniture}`);
});
