import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { normalizeOptions } from "../../../src/config/options.js";
import { readFeedArticles } from "../../../src/ingest/feed/read-feed-articles.js";
import { loadInputs } from "../../../src/ingest/load-inputs.js";
import { type LocalServer, send, startLocalServer } from "../fetch/local-server.js";

const rss = readFileSync("test/fixtures/feed-rss/feed.rss", "utf8");
const ITEM_PAGE = readFileSync("test/fixtures/html-news-article/page.html", "utf8");
const offline = normalizeOptions({ offline: true });

describe("readFeedArticles", () => {
  it("feed: each item becomes a source with the feed's name as outlet, the item's date and author", async () => {
    const { articles, rejected } = await readFeedArticles(rss, "news.rss", "news", offline);
    assert.deepEqual(rejected, []);
    assert.deepEqual(articles.map((a) => a.id), ["news-1", "news-2", "news-3"]);
    const [first] = articles;
    assert.equal(first?.outlet, "Lakeside Gazette");
    assert.equal(first?.published, "2024-03-12T08:00:00.000Z");
    assert.equal(first?.byline, "Marta Quill");
    assert.equal(first?.url, "https://gazette.example/ferry-resumes");
    assert.match(first?.body ?? "", /^The lake ferry will resume/);
    assert.ok(!first?.body.includes("Share"), "the post-clean runs on feed content too");
    assert.equal(first?.body.split("\n\n").length, 3);
  });

  it("feed: --limit caps the items read and says so", async () => {
    const res = await readFeedArticles(rss, "news.rss", "news", normalizeOptions({ offline: true, feedLimit: 2 }));
    assert.equal(res.articles.length, 2);
    assert.match((res.warnings ?? []).join(" "), /read 2 of 3 feed items/);
  });

  it("feed: a short item is read from its link; a failed fetch falls back to the feed's text", async () => {
    const fetched: string[] = [];
    const fetchPage = async (url: string) => {
      fetched.push(url);
      if (url.endsWith("/school-roof")) {
        return { url, status: 200, contentType: "text/html", bytes: new TextEncoder().encode(ITEM_PAGE), redirects: [] };
      }
      throw new Error(`cannot fetch ${url}: the server answered HTTP 500`);
    };
    const res = await readFeedArticles(rss, "news.rss", "news", normalizeOptions(), fetchPage);
    // Every item here has under 150 words in the feed, so each is fetched.
    assert.deepEqual(fetched.sort(), ["https://gazette.example/ferry-resumes", "https://gazette.example/school-roof", "https://gazette.example/third"]);
    const byId = new Map(res.articles.map((a) => [a.id, a]));
    assert.match(byId.get("news-2")?.body ?? "", /^The city council voted on Tuesday/);
    assert.equal(byId.get("news-2")?.outlet, "The Riverside Courier");
    assert.match(byId.get("news-3")?.body ?? "", /town market reopening/);
    assert.match(byId.get("news-1")?.body ?? "", /^The lake ferry will resume/);
    assert.match((res.warnings ?? []).join(" "), /HTTP 500; used the feed's text/);
  });

  it("feed: a file that is not a feed is rejected by name with the reason", async () => {
    const res = await readFeedArticles("<catalog/>", "books.xml", "books", offline);
    assert.equal(res.articles.length, 0);
    assert.match(res.rejected[0]?.reason ?? "", /not an RSS or Atom feed/);
  });
});

describe("feeds, pages and URLs through loadInputs", () => {
  let srv: LocalServer;
  before(async () => {
    srv = await startLocalServer({
      "/story": send(ITEM_PAGE),
      "/atom": send(readFileSync("test/fixtures/feed-atom/feed.atom"), "text/xml"),
    });
  });
  after(() => srv.close());

  it("ingest: .html, .rss and .atom files load beside each other with outlets and dates", async () => {
    const { articles, rejected } = await loadInputs(
      ["test/fixtures/html-news-article/page.html", "test/fixtures/feed-rss/feed.rss", "test/fixtures/feed-atom/feed.atom"],
      offline,
    );
    assert.deepEqual(rejected, []);
    assert.equal(articles.length, 1 + 3 + 2);
    const page = articles[0];
    assert.equal(page?.outlet, "The Riverside Courier");
    assert.equal(page?.published, "2024-03-12T09:30:00.000Z");
    assert.equal(page?.title, "Harbor bridge repairs approved after long debate");
    assert.equal(articles.at(-1)?.outlet, "Hillcrest Observer");
  });

  it("ingest: an http URL of a page is fetched and extracted (loopback allowed for the test)", async () => {
    const { articles, rejected } = await loadInputs([`${srv.base}/story`], normalizeOptions({ allowPrivateNetwork: true }));
    assert.deepEqual(rejected, []);
    assert.equal(articles[0]?.outlet, "The Riverside Courier");
    assert.equal(articles[0]?.url, `${srv.base}/story`);
    assert.match(articles[0]?.body ?? "", /^The city council voted/);
  });

  it("ingest: a feed URL is detected by content type and read item by item", async () => {
    const { articles } = await loadInputs([`${srv.base}/atom`], normalizeOptions({ allowPrivateNetwork: true, offline: false }));
    assert.equal(articles.length, 2);
    assert.equal(articles[0]?.title, "Library extends opening hours");
  });

  it("ingest: URLs are refused with a clear reason in offline mode and on loopback by default", async () => {
    const off = await loadInputs([`${srv.base}/story`], offline);
    assert.match(off.rejected[0]?.reason ?? "", /offline/);
    const ssrf = await loadInputs([`${srv.base}/story`], normalizeOptions());
    assert.match(ssrf.rejected[0]?.reason ?? "", /private, loopback or link-local/);
  });
});
