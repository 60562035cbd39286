import assert from "node:assert/strict";
import { test } from "node:test";
import { isLexiconPlural, readLexiconVotes } from "../../../src/annotate/entities/lexicon-votes.js";

/** The votes over the first occurrence of `run` in `text`, as [text, type] pairs. */
function votes(text: string, run: string): Array<[string, string]> {
  const start = text.indexOf(run);
  assert.ok(start >= 0, run);
  return readLexiconVotes(text, [{ start, end: start + run.length }]).spans.map((s) => [text.slice(s.start, s.end), s.type]);
}

test("lexicon votes: a first name before a capitalised word makes a person, and the first name is voted", () => {
  assert.deepEqual(votes("then Ada Brennan said", "Ada Brennan"), [
    ["Ada Brennan", "person"],
    ["Ada", "firstName"],
  ]);
});

test("lexicon votes: a country of the lexicon is a place; an unknown word gets no vote", () => {
  assert.deepEqual(votes("flew to Poland on Monday", "Poland"), [["Poland", "place"]]);
  assert.deepEqual(votes("flew to Tervia on Monday", "Tervia"), []);
});

test("lexicon votes: organisation and place head words, inside the run or right after it", () => {
  assert.deepEqual(votes("told the Acme Widget Corp on", "Acme Widget Corp"), [["Acme Widget Corp", "organization"]]);
  assert.deepEqual(votes("the semi-official Tasnim news agency said", "Tasnim"), [["Tasnim", "organization"]]);
  assert.deepEqual(votes("most of the Luhansk region", "Luhansk"), [["Luhansk", "place"]]);
});

test("lexicon votes: a capitalised word right before the run is read with it", () => {
  // "Josh" opens the sentence and is not part of the run, but makes "Gerstein" a person.
  assert.deepEqual(votes("report.\nJosh Gerstein contributed", "Gerstein"), [
    ["Josh Gerstein", "person"],
    ["Josh", "firstName"],
  ]);
});

test("lexicon votes: multi-word entries are read whole, across hyphens", () => {
  assert.deepEqual(votes("linked to al-Qaeda and", "Qaeda"), [["al-Qaeda", "organization"]]);
});

test("plural test: plural common nouns, not names nor verbs", () => {
  for (const w of ["Officials", "critics", "Lawmakers", "citizens"]) assert.equal(isLexiconPlural(w), true, w);
  for (const w of ["Brennan", "Congress", "Proposes", "Paris", "Texas"]) assert.equal(isLexiconPlural(w), false, w);
});
