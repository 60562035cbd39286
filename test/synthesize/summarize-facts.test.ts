import assert from "node:assert/strict";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import { alignSentences } from "../../src/compare/align-sentences.js";
import { normalizeOptions } from "../../src/config/options.js";
import { analyzeArticle } from "../../src/pipeline/analyze-article.js";
import { summarizeFacts } from "../../src/synthesize/summarize-facts.js";
import { ALIGN_STORIES, FIXTURES, loadStory } from "../compare/align-stories.js";
import { assertGolden } from "../golden.js";

const options = normalizeOptions();

function summarize(slug: string, opts = options) {
  const docs = loadStory(slug).map((a) => analyzeArticle(a, opts));
  const facts = alignSentences(docs, opts);
  return { docs, facts, summary: summarizeFacts(facts, docs, opts) };
}

describe("summarizeFacts", () => {
  for (const slug of ALIGN_STORIES) {
    it(`summary: ${slug} matches the golden file`, () => {
      const { summary } = summarize(slug);
      const lines = summary.map((s) => ({ text: s.text, sources: [...new Set(s.citations.map((c) => c.source))] }));
      assertGolden(resolve(FIXTURES, slug, "summary.json"), lines);
    });
  }

  it("summary: opens with the fact every outlet reports, citing all of them", () => {
    const { summary } = summarize("align-bridge-closure");
    assert.match(summary[0]?.text ?? "", /cracks/);
    assert.equal(new Set(summary[0]?.citations.map((c) => c.source)).size, 4);
  });

  it("summary: each sentence is a verbatim source sentence, cited, and no fact is told twice", () => {
    for (const slug of ALIGN_STORIES) {
      const { docs, summary } = summarize(slug);
      const text = new Map(docs.map((d) => [d.article.id, d.article.text]));
      for (const s of summary) assert.ok(s.citations.some((c) => text.get(c.source)?.slice(c.start, c.end) === s.text), s.text);
      assert.equal(new Set(summary.map((s) => s.fact)).size, summary.length);
    }
  });

  it("summary: holds at most summarySentences sentences", () => {
    const { summary } = summarize("align-bridge-closure", normalizeOptions({ summarySentences: 2 }));
    assert.equal(summary.length, 2);
  });

  it("summary: a story told by one source is summarized from its own sentences", () => {
    const docs = loadStory("align-factory-fire").slice(0, 1).map((a) => analyzeArticle(a, options));
    const summary = summarizeFacts(alignSentences(docs, options), docs, options);
    assert.ok(summary.length >= 2);
    assert.ok(summary.every((s) => s.citations.every((c) => c.source === "a-post")));
  });
});
