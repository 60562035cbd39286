import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { looksLikeHtml } from "../../web/src/input-panel.js";
import { segmentText } from "../../web/src/segment-text.js";

// Pure helpers of the page, tested in Node (the rest of the page is tested in Chromium).
describe("web: segmentText", () => {
  it("cuts at every mark boundary so nested marks keep their exact ranges", () => {
    const text = "The mayor said the plan was reckless. Then she left.";
    const pieces = segmentText(text, [
      { start: 0, end: 37, kind: "cited" },
      { start: 28, end: 36, kind: "loaded", note: "loaded word" },
    ]);
    assert.equal(pieces.map((p) => p.text).join(""), text, "the pieces rebuild the text exactly");
    const loaded = pieces.find((p) => p.marks.some((m) => m.kind === "loaded"));
    assert.equal(loaded?.text, "reckless");
    assert.deepEqual(loaded?.marks.map((m) => m.kind).sort(), ["cited", "loaded"]);
    const cited = pieces.filter((p) => p.marks.some((m) => m.kind === "cited")).map((p) => p.text).join("");
    assert.equal(cited, text.slice(0, 37));
  });

  it("clips marks outside the text and drops empty ones", () => {
    const pieces = segmentText("short", [
      { start: 3, end: 99, kind: "cited" },
      { start: 2, end: 2, kind: "opinion" },
    ]);
    assert.deepEqual(
      pieces.map((p) => [p.text, p.marks.length]),
      [
        ["sho", 0],
        ["rt", 1],
      ],
    );
  });
});

describe("web: looksLikeHtml", () => {
  it("tells a pasted page from plain text that mentions a tag", () => {
    assert.equal(looksLikeHtml("<!doctype html><html><body><p>Hi</p></body></html>"), true);
    assert.equal(looksLikeHtml("story text", "page.HTM"), true);
    assert.equal(looksLikeHtml("The <p> tag starts a paragraph, the article said."), false);
  });
});
