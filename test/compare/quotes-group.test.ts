import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { groupQuotes } from "../../src/compare/group-quotes.js";
import { diffWords } from "../../src/compare/quotes/diff-words.js";
import { resolveEntities } from "../../src/compare/resolve-entities.js";
import { assertGolden } from "../golden.js";
import { makeDoc } from "../annotate/quotes/make-doc.js";

const DOCS = [
  makeDoc(`Ada Brennan met Tom Hale on Friday. "We didn't get there, but we will," Brennan said. Hale called the talks "useful and very frank."`, "a"),
  makeDoc(`Foreign Minister Ada Brennan spoke after the meeting. "We haven't quite gotten there, but we will," she told reporters.`, "b"),
  makeDoc(`Tom Hale said the talks were "useful and very frank." "The harbour stays open," Hale added.`, "c"),
];

test("quotes: word-level differences ignore case, punctuation and a longer quote's extra words", () => {
  assert.deepEqual(diffWords("We didn't get there, but we will", "We haven't quite gotten there, but we will"), {
    removed: ["didn't", "get"],
    added: ["haven't", "quite", "gotten"],
  });
  assert.deepEqual(diffWords("useful and very frank.", "Useful and very frank"), { removed: [], added: [] });
  assert.deepEqual(diffWords("The talks were useful and very frank today", "useful and very frank"), { removed: [], added: [] });
});

test("quotes: the same statement across outlets is one quote with each outlet's wording", () => {
  const quotes = groupQuotes(DOCS, resolveEntities(DOCS));
  const there = quotes.find((q) => q.text.includes("there"));
  assert.ok(there);
  assert.deepEqual(there.sources.sort(), ["a", "b"]);
  assert.equal(there.speaker?.name, "Ada Brennan");
  assert.ok(there.speaker?.entity);
  assert.equal(there.differs, true);
  const frank = quotes.find((q) => q.text.includes("frank"));
  assert.ok(frank);
  assert.deepEqual(frank.sources.sort(), ["a", "c"]);
  assert.equal(frank.differs, false, "same words up to punctuation");
  for (const v of [...there.variants, ...frank.variants]) {
    const doc = DOCS.find((d) => d.article.id === v.source);
    assert.equal(doc?.article.text.slice(v.evidence.start, v.evidence.end), v.text);
  }
  assertGolden(join(import.meta.dirname, "../fixtures/quotes-group/grouped.json"), quotes);
});

test("quotes: different speakers' similar words are not grouped", () => {
  const docs = [
    makeDoc(`"We will rebuild the harbour this year," Ada Brennan said.`, "a"),
    makeDoc(`"We will rebuild the harbour this year," Tom Hale said.`, "b"),
  ];
  const quotes = groupQuotes(docs, resolveEntities(docs));
  assert.equal(quotes.length, 2);
});
