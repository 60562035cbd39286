import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Briefing } from "../../../src/model/briefing.js";
import { renderMarkdown } from "../../../src/render/markdown.js";
import { disagreementsSection } from "../../../src/render/sections/disagreements.js";
import { makeHelpers } from "../../../src/render/render-helpers.js";

const text = "The talks lasted about two and a half hours.";
const other = "The summit lasted more than three hours.";
const source = (id: string, t: string, outlet: string) => ({
  id, path: `${id}.txt`, title: t, outlet, sentences: 1, chars: t.length, dropped: [], text: t,
});

const briefing = {
  version: 1,
  sources: [source("a", text, "Daily Ledger"), source("b", other, "Evening Post")],
  summary: [], facts: [], consensus: [], unique: [], quotes: [], entities: [], opinion: [], framing: [],
  timeline: [], warnings: [], rejected: [],
  disagreements: [
    {
      id: "d1", kind: "duration", slot: "length of the meeting", severity: "conflict",
      explanation: "Daily Ledger gives the length of the meeting as about two and a half hours, Evening Post as more than three hours: both cannot be right.",
      positions: [
        { value: "about two and a half hours", normalized: "about 2.5 hours", sources: ["a"], evidence: [{ source: "a", start: 0, end: text.length }] },
        { value: "more than three hours", normalized: "more than 3 hours", sources: ["b"], evidence: [{ source: "b", start: 0, end: other.length }] },
      ],
    },
  ],
} as unknown as Briefing;

describe("render: Where the sources differ", () => {
  it("shows each reading with its outlet and citation", () => {
    const md = disagreementsSection.markdown(briefing, makeHelpers(briefing));
    assert.match(md, /^## Where the sources differ/);
    assert.match(md, /\*\*Length of the meeting\*\* \(duration, conflict\)/);
    assert.match(md, /about two and a half hours \(about 2\.5 hours\): \[1\] Daily Ledger \[1:0-44\]/);
    assert.match(md, /more than three hours \(more than 3 hours\): \[2\] Evening Post \[2:0-40\]/);
  });

  it("comes first in the Markdown briefing", () => {
    const md = renderMarkdown(briefing);
    const first = md.indexOf("## ");
    assert.equal(md.slice(first, first + 27), "## Where the sources differ");
  });

  it("escapes HTML and says nothing when there is nothing to say", () => {
    const html = disagreementsSection.html(briefing, makeHelpers(briefing));
    assert.match(html, /<section id="disagreements">/);
    assert.equal(disagreementsSection.markdown({ ...briefing, disagreements: [] }, makeHelpers(briefing)), "");
  });
});
