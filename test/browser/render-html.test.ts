import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, it } from "node:test";
import { briefArticles } from "../../src/index.js";
import { renderHtml } from "../../src/render/html.js";
import { type Browser, browserMissing, HOSTILE_TEXT, launchBrowser, screenshot, watchForScripts } from "./browser-harness.js";

/** A second, plain report of the same event, so the briefing has shared facts and citations. */
const PLAIN = `Ferry contract put on hold

The harbour authority in Wexbridge has delayed a new ferry contract by three months because of rising fuel costs.
The authority's chair, Mira Okafor, said the board would meet again in four weeks.
The old ferries will keep running until the spring, officials said.
The contract is worth about 30 million euros.`;

describe("renderHtml (--format html): a hostile article runs nothing in Chromium", { skip: browserMissing() }, () => {
  let browser: Browser;
  let dir: string;

  before(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), "parallax-render-"));
  });

  after(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("control: the same checks do see a payload when markup is not escaped", async () => {
    const file = join(dir, "unescaped.html");
    await writeFile(file, `<!doctype html><p>${HOSTILE_TEXT}</p>`);
    const page = await browser.context.newPage();
    const seen = watchForScripts(page);
    await page.goto(pathToFileURL(file).href);
    assert.notEqual(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.ok(seen.dialogs.length > 0);
    await page.close();
  });

  it("shows the payloads as text, with no script, handler, link or style from the article", async () => {
    const briefing = briefArticles([
      { id: "hostile", path: "hostile.txt", body: HOSTILE_TEXT, title: 'Ferry "><script>window.__pwned="title"</script>' },
      { id: "plain", path: "plain.txt", body: PLAIN },
    ]);
    assert.ok(briefing.sources.some((s) => s.text.includes("<script>")), "the payload reaches the renderer");
    const file = join(dir, "briefing.html");
    await writeFile(file, renderHtml(briefing));
    const page = await browser.context.newPage();
    const seen = watchForScripts(page);
    await page.goto(pathToFileURL(file).href);
    // Follow every citation link: they are in-page anchors, nothing else.
    const links = page.locator("a");
    const count = await links.count();
    for (let i = 0; i < Math.min(count, 20); i++) {
      const href = (await links.nth(i).getAttribute("href")) ?? "";
      assert.match(href, /^#/, `link ${i} is an in-page anchor, not "${href}"`);
      await links.nth(i).click();
    }
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
    const dom = await page.evaluate(() => ({
      scripts: document.scripts.length,
      handlers: document.querySelectorAll("[onerror],[onload],[onclick]").length,
      elements: document.querySelectorAll("iframe,object,embed,svg,img,body style ,textarea").length,
      bodyVisible: getComputedStyle(document.body).display !== "none",
      text: document.body.textContent ?? "",
    }));
    assert.equal(dom.scripts, 0);
    assert.equal(dom.handlers, 0);
    assert.equal(dom.elements, 0);
    assert.ok(dom.bodyVisible, "injected CSS did not apply");
    assert.ok(dom.text.includes("<script>"), "the payload is shown as text");
    await screenshot(page, "render-html-hostile.png", true);
    await page.close();
  });
});
