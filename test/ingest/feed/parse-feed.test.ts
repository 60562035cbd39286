import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { looksLikeFeed, parseFeed } from "../../../src/ingest/feed/parse-feed.js";

const rss = readFileSync("test/fixtures/feed-rss/feed.rss", "utf8");
const atom = readFileSync("test/fixtures/feed-atom/feed.atom", "utf8");

describe("parseFeed", () => {
  it("feed: reads RSS 2.0 items with title, link, ISO date, author and content:encoded", () => {
    const feed = parseFeed(rss);
    assert.equal(feed.kind, "rss");
    assert.equal(feed.title, "Lakeside Gazette");
    assert.equal(feed.items.length, 3);
    const [first, second] = feed.items;
    assert.equal(first?.title, "Ferry service to resume next week");
    assert.equal(first?.link, "https://gazette.example/ferry-resumes");
    assert.equal(first?.published, "2024-03-12T08:00:00.000Z");
    assert.equal(first?.author, "Marta Quill");
    assert.match(first?.content ?? "", /<p>The lake ferry will resume/);
    assert.match(second?.summary ?? "", /^<p>The primary school on Mill Lane/);
  });

  it("feed: reads Atom entries, taking the alternate link and the author's name", () => {
    const feed = parseFeed(atom);
    assert.equal(feed.kind, "atom");
    assert.equal(feed.title, "Hillcrest Observer");
    assert.equal(feed.link, "https://observer.example/");
    const [a, b] = feed.items;
    assert.equal(a?.link, "https://observer.example/library-hours");
    assert.equal(a?.author, "Colm Ferris");
    assert.equal(a?.published, "2024-04-01T08:00:00.000Z");
    assert.equal(b?.published, "2024-03-30T15:00:00.000Z");
    assert.match(b?.summary ?? "", /central park reopened/);
  });

  it("feed: tells feeds from web pages by their root element", () => {
    assert.equal(looksLikeFeed(rss), true);
    assert.equal(looksLikeFeed(atom), true);
    assert.equal(looksLikeFeed("<!DOCTYPE html><html><body><p>rss</p></body></html>"), false);
  });

  it("feed: an XML document that is not a feed is refused with what was found", () => {
    assert.throws(() => parseFeed("<?xml version='1.0'?><catalog><book/></catalog>"), /not an RSS or Atom feed \(root element <catalog>\)/);
  });
});
