import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { it } from "node:test";
import { main } from "../../../src/cli/main.js";

const PAGE = "test/fixtures/html-news-article/page.html";

it("cli: parallax extract --format json prints title, byline, site, published, lang and text", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "parallax-extract-")), "out.json");
  const code = await main(["extract", PAGE, "--format", "json", "--out", out]);
  assert.equal(code, 0);
  const json = JSON.parse(readFileSync(out, "utf8")) as Record<string, string>;
  assert.equal(json.site, "The Riverside Courier");
  assert.equal(json.byline, "Dana Whitfield");
  assert.equal(json.published, "2024-03-12T09:30:00.000Z");
  assert.equal(json.lang, "en-GB");
  assert.match(json.text ?? "", /^The city council voted/);
});

it("cli: parallax extract --format text starts with the title and ends with the article", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "parallax-extract-")), "out.txt");
  assert.equal(await main(["extract", PAGE, "--out", out]), 0);
  const text = readFileSync(out, "utf8");
  assert.match(text, /^# Harbor bridge repairs approved after long debate\nThe Riverside Courier · Dana Whitfield · 2024-03-12/);
  assert.match(text, /at all times\.\n$/);
});

it("cli: parallax extract refuses a URL in offline mode and a feed (exit 1), and a bad --format (exit 2)", async () => {
  assert.equal(await main(["extract", "https://news.example/a", "--offline"]), 1);
  assert.equal(await main(["extract", PAGE, "--format", "xml"]), 2);
  assert.equal(await main(["extract", "test/fixtures/feed-rss/feed.rss"]), 1);
});
