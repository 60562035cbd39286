import assert from "node:assert/strict";
import { test } from "node:test";
import { findNameRuns, tokenAt } from "../../../src/annotate/entities/find-name-runs.js";
import { readRun } from "../../../src/annotate/entities/read-run.js";
import { readLexiconVotes } from "../../../src/annotate/entities/lexicon-votes.js";
import type { TypeHints } from "../../../src/annotate/entities/type-hints.js";
import { segmentDoc } from "../../../src/pipeline/analyze-article.js";

const TEXT = [
  "Foreign Minister Ada Brennan arrived in Port Ellis on Friday, and Tom Hale said talks would resume.",
  "The special envoy Lena Okafor met Tom Hale, a presidential aide, at the Council on Trade Relations.",
  "Envoy to the Middle East Steve Hale spoke; General Motors and the Justice Department declined.",
  "Brennan's aides left for Tervia. Officials said Hale's plan was dead. Mr. Ivo Dranic disagreed.",
].join("\n");

test("readRun: the lexicon's votes bound and type the names; without votes a first name does not start a name", () => {
  const doc = segmentDoc({ id: "t", path: "t.txt", title: "", text: TEXT, dropped: [] });
  const runs = findNameRuns(doc);
  const spans = runs.map((r) => ({ start: tokenAt(doc, r.first).start, end: tokenAt(doc, r.last).end }));
  const hints = readLexiconVotes(TEXT, spans);
  const none: TypeHints = { spans: [] };
  const read = (h: TypeHints) => runs.map((r) => readRun(doc, r, h)).flatMap((p) => (p ? [`${p.mention.name}:${p.type}`] : []));
  const voted = read(hints);
  // "Envoy to the Middle East Steve Hale": the first name "Steve" starts the name only with votes.
  assert.ok(voted.includes("Steve Hale:person"), voted.join(", "));
  assert.ok(!read(none).includes("Steve Hale:person"), read(none).join(", "));
  assert.ok(voted.includes("Ada Brennan:person") && voted.includes("Port Ellis:place"), voted.join(", "));
});
