import assert from "node:assert/strict";
import { test } from "node:test";
import { findNameRuns, tokenAt } from "../../../src/annotate/entities/find-name-runs.js";
import { prepareRun, readRun } from "../../../src/annotate/entities/read-run.js";
import { readLexiconVotes } from "../../../src/annotate/entities/lexicon-votes.js";
import type { TypeHints } from "../../../src/annotate/entities/type-hints.js";
import { segmentDoc } from "../../../src/pipeline/analyze-article.js";

const TEXT = [
  "Foreign Minister Ada Brennan arrived in Port Ellis on Friday, and Tom Hale said talks would resume.",
  "The special envoy Lena Okafor met Tom Hale, a presidential aide, at the Council on Trade Relations.",
  "Envoy to the Middle East Steve Hale spoke; General Motors and the Justice Department declined.",
  "Brennan's aides left for Tervia. Officials said Hale's plan was dead. Mr. Ivo Dranic disagreed.",
].join("\n");

test("readRun: a run prepared once and read without, then with votes reads as a run read afresh", () => {
  const doc = segmentDoc({ id: "t", path: "t.txt", title: "", text: TEXT, dropped: [] });
  const runs = findNameRuns(doc);
  const spans = runs.map((r) => ({ start: tokenAt(doc, r.first).start, end: tokenAt(doc, r.last).end }));
  const hints = readLexiconVotes(TEXT, spans);
  const none: TypeHints = { spans: [] };
  assert.ok(hints.spans.length > 0, "the lexicon voted");
  for (const run of runs) {
    const prepared = prepareRun(doc, run);
    assert.deepEqual(readRun(doc, run, none, prepared), readRun(doc, run, none));
    assert.deepEqual(readRun(doc, run, hints, prepared), readRun(doc, run, hints));
  }
  const names = runs.map((r) => readRun(doc, r, hints)?.mention.name);
  assert.ok(names.includes("Ada Brennan") && names.includes("Steve Hale"), names.join(", "));
});
