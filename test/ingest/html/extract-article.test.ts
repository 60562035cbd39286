import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { extractArticle } from "../../../src/ingest/html/extract-article.js";
import { extractByDensity } from "../../../src/ingest/html/extract-by-density.js";
import { parseHtmlDocument } from "../../../src/ingest/html/parse-html.js";
import { assertGolden } from "../../golden.js";

const fixture = (slug: string) => join("test", "fixtures", slug);
const page = (slug: string) => readFileSync(join(fixture(slug), "page.html"), "utf8");

describe("extractArticle", () => {
  it("html: a news page gives its article text and metadata (golden)", () => {
    const a = extractArticle(page("html-news-article"), "https://courier.example/news/harbor-bridge-repairs");
    assertGolden(join(fixture("html-news-article"), "expected.json"), { ...a, removed: a.removed.map((r) => r.rule) });
  });

  it("html: drops share bars, captions, newsletter boxes, ad labels, read-more links, tags and related stories", () => {
    const { text } = extractArticle(page("html-news-article"));
    for (const junk of ["Share on", "Photo: Lena Marsh", "Sign up for our free newsletter", "Advertisement", "Read more", "Tags:", "Ferry fares", "All rights reserved", "By Dana Whitfield"]) {
      assert.ok(!text.includes(junk), `"${junk}" should be gone`);
    }
    assert.match(text, /^The city council voted on Tuesday/);
    assert.match(text, /one lane in each direction will stay open to traffic at all times\.$/);
    assert.equal(text.split("\n\n").length, 7);
  });

  it("html: reads title, byline, outlet, date, language and canonical URL from meta tags and JSON-LD", () => {
    const a = extractArticle(page("html-news-article"));
    assert.equal(a.title, "Harbor bridge repairs approved after long debate");
    assert.equal(a.byline, "Dana Whitfield");
    assert.equal(a.site, "The Riverside Courier");
    assert.equal(a.published, "2024-03-12T09:30:00.000Z");
    assert.equal(a.lang, "en-GB");
    assert.equal(a.url, "https://courier.example/news/harbor-bridge-repairs");
  });

  it("html: falls back to JSON-LD articleBody when the page body is a script shell", () => {
    const a = extractArticle(page("html-jsonld-body"));
    assert.equal(a.method, "json-ld");
    assert.match(a.text, /^Plans to expand the Northfield quarry/);
    assert.equal(a.text.split("\n\n").length, 4);
    assert.equal(a.byline, "Priya Castell, Olaf Henning");
    assert.equal(a.published, "2024-05-02");
  });

  it("html: the density extractor finds <br>-separated text in a table layout and skips the menus", () => {
    const text = extractByDensity(parseHtmlDocument(page("html-div-layout")));
    assert.match(text, /The valley fair opened on Saturday morning/);
    assert.match(text, /new roof on the village hall/);
    assert.ok(!text.includes("Archive"));
    assert.ok(!text.includes("Autumn"));
    assert.ok(text.split("\n\n").length >= 4);
  });

  it("html: a page with no article says so in a warning instead of inventing text", () => {
    const a = extractArticle("<html><body><nav><a href='/'>Home</a></nav></body></html>");
    assert.ok(a.text.length < 20);
    assert.match(a.warnings.join(" "), /thin/);
  });

  it("html: paragraphs never glue together (<p>a</p><p>b</p> keeps a break)", () => {
    const html = `<html><body><article>${Array.from({ length: 6 }, (_, i) => `<p>Paragraph number ${i} tells the reader about the harbor works and the council's long debate over the money.</p>`).join("")}</article></body></html>`;
    const { text } = extractArticle(html);
    assert.ok(!/money\.Paragraph/.test(text));
    assert.equal(text.split("\n\n").length, 6);
  });

  it("html: a pathologically deep page skips Readability for the density extractor, with a warning", () => {
    const text = "The harbor works went on through the night, the engineers said, and the deck was finished by dawn on Friday.";
    const a = extractArticle(`<html><body>${"<div>".repeat(400)}<p>${text}</p>${"</div>".repeat(400)}</body></html>`);
    assert.equal(a.method, "density");
    assert.equal(a.text, text);
    assert.match(a.warnings.join(" "), /Readability skipped/);
  });

  it("html: an embedded social post in a 'social-media-embed' wrapper stays in the article as a quotation", () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story describes the council meeting, the vote on the harbor works, and what the members said afterwards.</p>`;
    const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The bridge vote passed tonight. Work starts in autumn. <a href="https://t.example/x">t.example/x</a></p>— Councillor Ines Okafor (@inesokafor) <a href="https://social.example/1">March 12, 2024</a></blockquote></div>`;
    const html = `<html><body><article>${para(1)}${para(2)}${tweet}${para(3)}${para(4)}</article></body></html>`;
    const { text } = extractArticle(html);
    assert.match(text, /The bridge vote passed tonight\. Work starts in autumn\./);
    assert.match(text, /Paragraph 4 of the story/);
  });
});
