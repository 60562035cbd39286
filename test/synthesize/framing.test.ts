import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { compareFraming } from "../../src/synthesize/compare-framing.js";
import { assertGolden } from "../golden.js";
import { makeDoc } from "../annotate/opinion/make-doc.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/opinion-framing");

test("framing: headline, cited lead paragraph and the terms only one outlet leads with", () => {
  const a = makeDoc("HARBOURTON (Wire) —\nThe harbour council approved a new sea wall on Tuesday after a stormy debate over its cost.\nWork starts in May.", "a", { title: "Council approves costly sea wall" });
  const b = makeDoc("Fishermen cheered on Tuesday as the harbour council approved a sea wall to protect their boats.\nThe wall will take two years.", "b", { title: "Fishermen win their sea wall" });
  const framing = compareFraming([a, b]);
  assert.equal(framing[0]?.headline, "Council approves costly sea wall");
  // The dateline is too short to lead: the lead is the first paragraph with a dozen words.
  const lead = framing[0]?.lead;
  assert.ok(lead);
  assert.equal(a.article.text.slice(lead.start, lead.end), "The harbour council approved a new sea wall on Tuesday after a stormy debate over its cost.");
  assert.ok(framing[0]?.emphasis.includes("costly"));
  assert.ok(framing[1]?.emphasis.includes("Fishermen"));
  assert.ok(!framing[0]?.emphasis.includes("wall"), "a term both lead with is no one's emphasis");
  assertGolden(join(FIXTURES, "two-outlets.json"), framing);
});
