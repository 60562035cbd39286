import assert from "node:assert/strict";
import { test } from "node:test";
import nlp from "compromise";
import { readCommonPlurals, readTypeHints } from "../../../src/annotate/entities/read-type-hints.js";

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

// Name windows, one a line, as the entity stage batches them: some lines hold a person, a place or an
// organisation, some none, some several (a comma list, a possessive, an honorific).
const WINDOWS = [
  "said Ada Brennan, the envoy",
  "flew to Tervia on Monday",
  "the United Nations Security Council met",
  "Mrs. Hale's office said",
  "the Velmar Group and Dr. Osei",
  "in Paris, France, where",
  "Then They Left",
  "Brennan, Hale and Osei agreed",
  "the 12 Apostles Road, Springfield",
].join("\n");

test("type hints read only the lines holding each finder's tag: the same spans as compromise over the whole text", () => {
  const doc = nlp(WINDOWS) as unknown as Record<"people" | "places" | "organizations", () => { toView(): { json(o: object): Array<{ offset: { start: number; length: number } }> } }> & {
    match(m: string): { toView(): { json(o: object): Array<{ offset: { start: number; length: number } }> } };
  };
  const spans = (view: { toView(): { json(o: object): Array<{ offset: { start: number; length: number } }> } }, type: string) =>
    view.toView().json({ offset: true, terms: false }).map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, type }));
  const whole = [
    ...spans(doc.people(), "person"),
    ...spans(doc.places(), "place"),
    ...spans(doc.organizations(), "organization"),
    ...spans(doc.match("#FirstName"), "firstName"),
  ];
  assert.ok(whole.some((s) => s.type === "person") && whole.some((s) => s.type === "place"), "the windows hold people and places");
  assert.deepEqual(readTypeHints(WINDOWS).spans, whole);
});
