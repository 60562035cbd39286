import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../../src/config/options.js";
import { readHtmlArticle } from "../../../src/ingest/html/read-html-article.js";

const options = normalizeOptions();
const paragraphs = (s: string) => Array.from({ length: 5 }, () => `<p>${s}</p>`).join("");

describe("readHtmlArticle", () => {
  it("html: a windows-1252 page without a declared charset reads without mojibake", () => {
    const head = new TextEncoder().encode(`<html><body><article>${paragraphs("The cafe owner said the new menu would open on Monday, and the regulars welcomed it warmly at the counter.")}<p>The owner`);
    // "’s café" in windows-1252: 0x92 is the right single quote, 0xe9 is é
    const tail = new Uint8Array([0x92, 0x73, 0x20, 0x63, 0x61, 0x66, 0xe9, ...new TextEncoder().encode(" is on the corner of the market square.</p></article></body></html>")]);
    const res = readHtmlArticle(new Uint8Array([...head, ...tail]), "cafe.html", "cafe", options);
    assert.equal(res.rejected.length, 0);
    assert.match(res.articles[0]?.body ?? "", /The owner’s café is on the corner/);
    assert.match((res.warnings ?? []).join(" "), /windows-1252/);
  });

  it("html: the outlet, date, byline and URL come from the page", () => {
    const html = `<html><head><meta property="og:site_name" content="Valley Herald"><meta property="article:published_time" content="2024-06-01T07:00:00Z"><meta name="author" content="By Rhea Tamsin"><link rel="canonical" href="https://herald.example/a"></head><body><article>${paragraphs("The valley council agreed on Friday to build a new footbridge over the river, which floods the old ford each winter.")}</article></body></html>`;
    const [a] = readHtmlArticle(new TextEncoder().encode(html), "a.html", "a", options).articles;
    assert.equal(a?.outlet, "Valley Herald");
    assert.equal(a?.published, "2024-06-01T07:00:00.000Z");
    assert.equal(a?.byline, "Rhea Tamsin");
    assert.equal(a?.url, "https://herald.example/a");
  });

  it("html: a page with no article text is rejected with the reason", () => {
    const res = readHtmlArticle(new TextEncoder().encode("<html><body><nav><a href='/'>Home</a></nav></body></html>"), "nav.html", "nav", options);
    assert.equal(res.articles.length, 0);
    assert.match(res.rejected[0]?.reason ?? "", /no article text/);
  });

  it("html: a page in another language is rejected like a text file would be", () => {
    const html = `<html><body><article>${paragraphs("Le conseil municipal a voté mardi pour financer la réparation du pont du port, après deux ans de débats animés entre les élus.")}</article></body></html>`;
    const res = readHtmlArticle(new TextEncoder().encode(html), "fr.html", "fr", options);
    assert.equal(res.articles.length, 0);
    assert.match(res.rejected[0]?.reason ?? "", /not English/);
  });
});
