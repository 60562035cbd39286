import assert from "node:assert/strict";
import { copyFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import type { Briefing } from "../../src/model/briefing.js";
import type { RunningServer } from "../../src/server/start-server.js";
import {
  type Browser,
  browserMissing,
  ensurePageBuilt,
  HOSTILE_HTML,
  HOSTILE_TEXT,
  launchBrowser,
  ROOT,
  screenshot,
  startTestServer,
  watchForScripts,
} from "./browser-harness.js";

const EXAMPLE = join(ROOT, "examples", "alaska-summit");

/** The text of every highlighted piece in the source panel, joined: the cited range, exactly. */
const highlighted = (page: Page) => page.$$eval(".source-panel .source-text mark.cited", (els) => els.map((e) => e.textContent ?? "").join(""));

describe("page: the example briefed in Chromium", { skip: browserMissing() }, () => {
  let browser: Browser;
  let server: RunningServer;
  let page: Page;
  let briefing: Briefing;
  let seen: ReturnType<typeof watchForScripts>;

  before(async () => {
    ensurePageBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    seen = watchForScripts(page);
    await page.goto(server.url);
    const files = (await readdir(EXAMPLE)).filter((f) => f.endsWith(".txt")).sort().map((f) => join(EXAMPLE, f));
    await page.setInputFiles("#files", files);
    await page.waitForSelector(`.pending li:nth-child(${files.length})`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith("/api/brief"), { timeout: 120_000 }),
      page.click("#brief-button"),
    ]);
    assert.equal(response.status(), 200);
    briefing = (await response.json()) as Briefing;
    await page.waitForSelector("#briefing-h");
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows the summary first, every sentence with clickable citations", async () => {
    assert.equal(briefing.sources.length, 5);
    const first = await page.$eval("article.briefing .section", (el) => el.id);
    assert.equal(first, "summary");
    const sentences = await page.$$(".summary-sentence");
    assert.equal(sentences.length, briefing.summary.length);
    for (const s of sentences) assert.ok((await s.$$("button.cite")).length > 0, "each summary sentence has a citation button");
    await screenshot(page, "briefing.png");
    const shot = await screenshot(page, "briefing-full.png", true);
    // The README's screenshot is refreshed on request only, so a test run leaves the tree clean.
    if (process.env.PARALLAX_UPDATE_SCREENSHOT) await copyFile(join(ROOT, "test-artifacts", "briefing.png"), join(ROOT, "docs", "screenshot.png"));
    assert.ok(shot);
  });

  it("opens the cited article with the evidence sentence highlighted, in view and focused", async () => {
    const cite = page.locator(".summary-sentence button.cite").first();
    const source = (await cite.getAttribute("data-source")) ?? "";
    const start = Number(await cite.getAttribute("data-start"));
    const end = Number(await cite.getAttribute("data-end"));
    await cite.click();
    await page.waitForSelector(".source-panel mark.cited");
    const text = briefing.sources.find((s) => s.id === source)?.text ?? "";
    assert.ok(end > start);
    assert.equal(await highlighted(page), text.slice(start, end));
    assert.equal(await page.$eval(".source-panel", (el) => el.getAttribute("data-source")), source);
    const inView = await page.$eval(".source-panel .source-text mark.cited", (el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    assert.ok(inView, "the highlighted sentence is scrolled into view");
    assert.equal(await page.evaluate(() => document.activeElement?.matches("mark.cited") ?? false), true);
    await screenshot(page, "source-view.png");
    // Escape closes the panel and gives focus back to the citation that opened it.
    await page.keyboard.press("Escape");
    await page.waitForSelector(".source-panel", { state: "detached" });
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("cite") ?? false), true);
  });

  it("opens a disagreement card with each side's evidence", async (t) => {
    const cards = page.locator("details.disagreement");
    if ((await cards.count()) === 0) {
      assert.equal(briefing.disagreements.length, 0);
      assert.match((await page.textContent("#differ .none-found")) ?? "", /None found/);
      t.skip("this briefing has no disagreements yet: checked that the section says so");
      return;
    }
    const card = cards.first();
    await card.locator("summary").click();
    assert.equal(await card.evaluate((el) => (el as HTMLDetailsElement).open), true);
    const evidence = card.locator(".evidence");
    assert.ok((await evidence.count()) >= 2, "both sides have evidence");
    assert.ok(await evidence.first().isVisible());
    await screenshot(page, "disagreement.png");
  });

  it("fills the coverage matrix from the facts: who reported what, who left out what most reported", async () => {
    await page.locator("#coverage").scrollIntoViewIfNeeded();
    const n = briefing.sources.length;
    assert.equal(await page.locator("#coverage thead th[data-source]").count(), n);
    const rows = page.locator("#coverage tbody tr");
    const count = await rows.count();
    assert.ok(count > 0, "shared facts are listed");
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const factId = await row.getAttribute("data-fact");
      const fact = briefing.facts.find((f) => f.id === factId);
      assert.ok(fact);
      assert.equal(await row.locator("td.reported").count(), fact.sources.length);
      const majority = fact.sources.length * 2 > n;
      assert.equal(await row.locator("td.omitted").count(), majority ? n - fact.sources.length : 0);
    }
    const cell = rows.first().locator("td.reported button").first();
    const sourceId = await cell.locator("xpath=..").getAttribute("data-source");
    const factId = await rows.first().getAttribute("data-fact");
    const ev = briefing.facts.find((f) => f.id === factId)?.evidence.find((c) => c.source === sourceId);
    assert.ok(ev);
    await cell.click();
    await page.waitForSelector(".source-panel mark.cited");
    const text = briefing.sources.find((s) => s.id === sourceId)?.text ?? "";
    assert.equal(await highlighted(page), text.slice(ev.start, ev.end));
    await page.keyboard.press("Escape");
    await page.locator("#coverage").scrollIntoViewIfNeeded();
    await screenshot(page, "coverage.png");
  });

  it("shows a short note for each empty section instead of nothing", async () => {
    const sections: [string, unknown[]][] = [
      ["#differ", briefing.disagreements],
      ["#quotes", briefing.quotes],
      ["#people", briefing.entities],
      ["#timeline", briefing.timeline],
      ["#opinion", briefing.opinion],
    ];
    for (const [sel, list] of sections) {
      const note = await page.locator(`${sel} > .none-found`).count();
      assert.equal(note, list.length === 0 ? 1 : 0, `${sel}: a note exactly when the briefing has none`);
    }
  });

  it("can be used from the keyboard: Tab reaches a citation, Enter opens it", async () => {
    await page.locator(".summary-sentence button.cite").first().focus();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    assert.equal(focused, "BUTTON");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".source-panel mark.cited");
    await page.keyboard.press("Escape");
    await page.waitForSelector(".source-panel", { state: "detached" });
  });

  it("is readable at phone width (375 px): no sideways scrolling of the page", async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(overflow <= 375, `page is ${overflow}px wide`);
    await screenshot(page, "phone.png");
    await page.locator(".summary-sentence button.cite").first().click();
    await page.waitForSelector(".source-panel mark.cited");
    const panel = await page.$eval(".source-panel", (el) => el.getBoundingClientRect().width);
    assert.ok(panel <= 375);
    await screenshot(page, "phone-source.png");
    // The page behind the covering source takes no focus until the source is closed.
    assert.equal(await page.$eval("main", (el) => el.hasAttribute("inert")), true);
    await page.keyboard.press("Escape");
    await page.waitForSelector(".source-panel", { state: "detached" });
    await page.waitForFunction(() => document.activeElement?.classList.contains("cite") ?? false);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("ran no script from the articles and logged no page error", () => {
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
  });
});

describe("page: a hostile article runs nothing", { skip: browserMissing() }, () => {
  let browser: Browser;
  let server: RunningServer;

  before(async () => {
    ensurePageBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows script tags, handlers, javascript: links and CSS as inert text", async () => {
    const page = await browser.context.newPage();
    const seen = watchForScripts(page);
    await page.goto(server.url);
    await page.fill("#paste", HOSTILE_TEXT);
    await page.click("text=Add pasted article");
    await page.setInputFiles("#files", { name: "hostile.html", mimeType: "text/html", buffer: Buffer.from(HOSTILE_HTML) });
    await page.waitForSelector(".pending li:nth-child(2)");
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/api/brief")), page.click("#brief-button")]);
    assert.equal(response.status(), 200);
    const briefing = (await response.json()) as Briefing;
    assert.equal(briefing.sources.length, 2);
    // The payloads really reach the page (as text), or this test would prove nothing.
    const pasted = briefing.sources.find((s) => s.text.includes("<script>"));
    assert.ok(pasted, "the pasted article keeps its <script> text");
    await page.waitForSelector("#briefing-h");
    // Open every source in full, the view that shows the most article text.
    const opens = page.locator("button.source-open");
    for (let i = 0; i < (await opens.count()); i++) {
      await opens.nth(i).click();
      await page.waitForSelector(".source-panel .source-text");
      if ((await page.textContent(".source-panel .source-text"))?.includes("<script>")) {
        await screenshot(page, "hostile-source.png");
      }
      await page.keyboard.press("Escape");
    }
    // Follow every citation too (marks and highlights go through a different path).
    const cites = page.locator("button.cite");
    for (let i = 0; i < Math.min(await cites.count(), 12); i++) {
      await cites.nth(i).click();
      await page.keyboard.press("Escape");
    }
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
    const dom = await page.evaluate(() => ({
      scripts: [...document.scripts].map((s) => s.src),
      handlers: document.querySelectorAll("[onerror],[onload],[onclick]").length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      frames: document.querySelectorAll("iframe,object,embed,svg,img,style").length,
      bodyVisible: getComputedStyle(document.body).display !== "none",
    }));
    assert.equal(dom.scripts.length, 1, "only the page's own bundle");
    assert.match(dom.scripts[0] ?? "", /\/assets\/index-[\w-]+\.js$/);
    assert.equal(dom.handlers, 0);
    assert.equal(dom.jsLinks, 0);
    assert.equal(dom.frames, 0, "no element built from article markup");
    assert.ok(dom.bodyVisible, "injected CSS did not apply");
    await page.close();
  });
});
