/**
 * The robustness fixes in cleaning, segmentation and the plain-text checks, each on the input that
 * broke it (sizes kept small enough for npm test; the 5 MB versions run in test:reliability).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cleanArticle } from "../../src/clean/clean-article.js";
import { tagCloudLine } from "../../src/clean/rules/tag-cloud-line.js";
import { normalizeOptions } from "../../src/config/options.js";
import { detectForeignLanguage } from "../../src/ingest/check-language.js";
import { readTextArticle } from "../../src/ingest/read-text-article.js";
import { MAX_SENTENCE_CHARS, splitOverlongPieces } from "../../src/segment/boundary-rules.js";
import { segmentSentences } from "../../src/segment/segment-sentences.js";
import { FOREIGN_ARTICLES, makeOneLine } from "../fixtures/bad/make-bad-inputs.js";

const raw = (body: string) => ({ id: "x", path: "x.txt", body });

describe("reliability: text robustness fixes", () => {
  it("clean: a line of a million lowercase words does not overflow the stack (was Math.max(...words))", () => {
    const line = "tag ".repeat(1_000_000).trim();
    assert.doesNotThrow(() => tagCloudLine.test(line, { index: 0, lines: [line], inTail: false, inHead: true }));
  });

  it("clean: a long run of spaces inside a line is kept and the line survives", () => {
    const body = `The council met on Tuesday and voted ${" ".repeat(50_000)}to fund the harbor bridge repairs.`;
    const article = cleanArticle(raw(body));
    assert.ok(article.text.startsWith("The council met on Tuesday and voted  "));
    assert.ok(article.text.endsWith(" to fund the harbor bridge repairs."));
    assert.ok(article.text.length > 50_000);
  });

  it("clean: 20,000 short lines are cleaned (each line's context is built once)", () => {
    const body = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? `Line ${i} of the list` : `The council met on day ${i} and voted to fund the work.`)).join("\n");
    const article = cleanArticle(raw(body));
    const paragraphs = article.text.split("\n\n");
    assert.ok(paragraphs.length >= 10_000, `${paragraphs.length} paragraphs`);
    assert.ok(paragraphs.includes("The council met on day 19998 and voted to fund the work."));
  });

  it("clean: inline edits still insert spaces and drop labels (run-ons, section labels)", () => {
    const article = cleanArticle(raw("Harbor news today\nThe bridge closed.Why it matters: Trucks must detour 20 miles.Officials said so."));
    assert.equal(article.text, "The bridge closed. Trucks must detour 20 miles. Officials said so.");
    assert.ok(article.dropped.some((d) => d.rule === "section-labels" && d.text === "Why it matters: "));
  });

  it("segment: splitOverlongPieces cuts at white space, keeps every character, never splits a surrogate pair", () => {
    const words = `${"word ".repeat(30)}😀😀😀${"x".repeat(80)} tail`;
    const pieces = splitOverlongPieces(words, [[0, words.length]], 40).pieces;
    let at = 0;
    for (const [s, e] of pieces) {
      assert.ok(e - s <= 40 && e > s);
      assert.equal(words.slice(at, s).trim(), "", "text lost between pieces");
      assert.ok(!/[\uDC00-\uDFFF]/.test(words[s] ?? ""), "piece starts inside a surrogate pair");
      at = e;
    }
    assert.equal(at, words.length);
  });

  it("segment: a 300 KB line without a full stop becomes sentences of at most MAX_SENTENCE_CHARS, with a warning", () => {
    const text = makeOneLine(300_000);
    const seg = segmentSentences(text);
    assert.ok(seg.sentences.length >= 100);
    for (const s of seg.sentences) assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS);
    assert.equal(seg.warnings[0]?.rule, "overlong-sentence");
    assert.ok(seg.tokens.every((t) => t.end <= text.length && t.sentence < seg.sentences.length));
  });

  it("segment: ordinary text has no overlong-sentence warning", () => {
    assert.deepEqual(segmentSentences("He left. Mr. Smith stayed at 6 p.m. He then went home.").warnings, []);
  });

  it("language: English that tinyld alone calls Esperanto passes; other languages are still refused", () => {
    const english =
      "Army Sgt. Tomas Okafor will reportedly enter a plea in his desertion case on Monday. Army Sgt. Tomas Okafor will reportedly enter a plea in his desertion case on Monday.";
    assert.equal(detectForeignLanguage(english), null);
    for (const [name, text] of Object.entries(FOREIGN_ARTICLES)) assert.notEqual(detectForeignLanguage(text), null, name);
  });

  it("ingest: one character repeated is refused as such, not as a foreign language", () => {
    const res = readTextArticle(new TextEncoder().encode("a".repeat(50_000)), "a.txt", "a", normalizeOptions());
    assert.match(res.rejected[0]?.reason ?? "", /one word or character repeated/);
  });
});
