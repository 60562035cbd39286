import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import { readHtmlArticle } from "../../src/ingest/html/read-html-article.js";
import { measureNesting } from "../../src/ingest/html/measure-nesting.js";

describe("measureNesting", () => {
  it("html: counts element depth, ignoring void and self-closing tags", () => {
    assert.equal(measureNesting("<html><body><div><p>a<br>b<img src=x></p></div></body></html>"), 4);
    assert.equal(measureNesting("<div/><div><span/></div>"), 1);
  });

  it("html: a page nested 100,000 levels deep is refused by name before parsing", () => {
    const html = `<html><body>${"<div>".repeat(100_000)}text${"</div>".repeat(100_000)}</body></html>`;
    const res = readHtmlArticle(new TextEncoder().encode(html), "deep.html", "deep", normalizeOptions());
    assert.equal(res.articles.length, 0);
    assert.match(res.rejected[0]?.reason ?? "", /nested deeper than/);
  });
});
