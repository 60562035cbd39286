import assert from "node:assert/strict";
import { resolve } from "node:path";
import { describe, it } from "node:test";
import { alignSentences } from "../../src/compare/align-sentences.js";
import { normalizeOptions } from "../../src/config/options.js";
import type { Doc } from "../../src/model/doc.js";
import { analyzeArticle } from "../../src/pipeline/analyze-article.js";
import { assertGolden } from "../golden.js";
import { ALIGN_STORIES, FIXTURES, loadStory } from "./align-stories.js";

const options = normalizeOptions();

/** Facts reported by more than one source, as "source: sentence" lines, for the golden file. */
function alignedGroups(docs: Doc[]): string[][] {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  return alignSentences(docs, options)
    .filter((f) => f.sources.length > 1)
    .map((f) => f.evidence.map((e) => `${e.source}: ${byId.get(e.source)?.article.text.slice(e.start, e.end)}`));
}

function groupWith(groups: string[][], needle: RegExp): string[] {
  return groups.find((g) => g.some((line) => needle.test(line))) ?? [];
}

describe("alignSentences", () => {
  for (const slug of ALIGN_STORIES) {
    it(`align: ${slug} groups match the golden file`, () => {
      const docs = loadStory(slug).map((a) => analyzeArticle(a, options));
      assertGolden(resolve(FIXTURES, slug, "aligned.json"), alignedGroups(docs));
    });
  }

  it("align: a paraphrased lede is one fact across all four outlets (closed/shut, found/discovered)", () => {
    const docs = loadStory("align-bridge-closure").map((a) => analyzeArticle(a, options));
    const lede = groupWith(alignedGroups(docs), /cracks/);
    assert.equal(new Set(lede.map((l) => l.split(":")[0])).size, 4, lede.join("\n"));
  });

  it("align: a name spelled two ways (Vostrikova/Vostrykova) still aligns the same statement", () => {
    const docs = loadStory("align-bridge-closure").map((a) => analyzeArticle(a, options));
    const mayor = groupWith(alignedGroups(docs), /six weeks/);
    assert.ok(mayor.length >= 3, mayor.join("\n"));
  });

  it("align: the same words said of different people, or sharing a few common words, stay apart", () => {
    const docs = loadStory("align-bridge-closure").map((a) => analyzeArticle(a, options));
    const groups = alignedGroups(docs);
    assert.ok(!groupWith(groups, /Inspector Tomas/).some((l) => /Mayor Vostrykova described/.test(l)));
    assert.ok(!groupWith(groups, /ferry/).some((l) => /schools/.test(l)));
    assert.ok(!groupWith(groups, /council will vote/).some((l) => /built in 1968/.test(l)));
  });

  it("align: digits and number words meet (three workers / 3 workers)", () => {
    const docs = loadStory("align-factory-fire").map((a) => analyzeArticle(a, options));
    const lede = groupWith(alignedGroups(docs), /workers/);
    assert.ok(lede.some((l) => l.startsWith("a-post")) && lede.some((l) => l.startsWith("b-times")), lede.join("\n"));
  });

  it("align: a source never corroborates itself (one sentence per source in a fact)", () => {
    for (const slug of ALIGN_STORIES) {
      const docs = loadStory(slug).map((a) => analyzeArticle(a, options));
      for (const f of alignSentences(docs, options)) assert.equal(new Set(f.sources).size, f.evidence.length);
    }
  });
});
