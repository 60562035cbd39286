import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import { briefArticles } from "../../src/index.js";
import { createApp } from "../../src/server/create-app.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import type { StoryStore } from "../../src/server/story-store.js";
import { type Browser, browserMissing, ensurePageBuilt, launchBrowser, watchForScripts } from "./browser-harness.js";

const A = `Council approves new river bridge

The Marlow town council voted 7 to 2 on Tuesday to approve a new footbridge over the river.
Mayor Ada Brennan said the bridge would open in the spring.
The project will cost 4 million dollars, paid mostly by a regional grant.`;

const B = `Marlow backs footbridge plan

Councillors in Marlow approved a footbridge across the river on Tuesday by a vote of 7 to 2.
Mayor Ada Brennan told reporters the bridge would open next spring.
The bridge is expected to cost about 4.5 million dollars, according to council papers.`;

const TOKEN = "page-test-token-42";

describe("page: stored stories, access token, refused articles", { skip: browserMissing() }, () => {
  let browser: Browser;
  let server: RunningServer;

  before(async () => {
    ensurePageBuilt();
    const briefing = briefArticles([
      { id: "a", path: "a.txt", body: A },
      { id: "b", path: "b.txt", body: B },
    ]);
    const store: StoryStore = {
      listStories: async () => [{ id: "7", title: "Footbridge vote", sources: 2, outlets: 2, updated: "2030-03-05T10:00:00Z" }],
      briefStory: async (id) => (id === "7" ? briefing : undefined),
    };
    // A token-protected server, as `serve --host` runs one; the page gets the token from the address.
    const app = createApp({ options: normalizeOptions({ offline: true }), store, token: TOKEN });
    server = await startServer(app, 0, "127.0.0.1");
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("takes the token from #token=, drops it from the address, and opens a stored story", async () => {
    const page = await browser.context.newPage();
    const seen = watchForScripts(page);
    await page.goto(`${server.url}#token=${TOKEN}`);
    const story = page.locator(".stories button", { hasText: "Footbridge vote" });
    await story.waitFor();
    assert.equal(new URL(page.url()).hash, "", "the token is not left in the address bar");
    await story.click();
    await page.waitForSelector("#briefing-h");
    assert.match((await page.textContent("#briefing-h")) ?? "", /2 articles/);
    assert.ok((await page.locator(".summary-sentence").count()) > 0);
    assert.deepEqual(seen.errors, []);
    await page.close();
  });

  it("without the token, says so and offers a field for it", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.waitForSelector(".stories, .inputs .none-found");
    assert.match((await page.textContent(".inputs")) ?? "", /access token/);
    await page.fill("#paste", A);
    await page.click("text=Add pasted article");
    await page.click("#brief-button");
    await page.waitForSelector(".error[role=alert]");
    assert.match((await page.textContent(".error")) ?? "", /access token/);
    await page.fill("#token", TOKEN);
    await page.click("text=Use this token");
    await page.locator(".stories button", { hasText: "Footbridge vote" }).waitFor();
    await page.click("#brief-button");
    await page.waitForSelector("#briefing-h");
    await page.close();
  });

  it("shows why an article was refused, by name", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}#token=${TOKEN}`);
    await page.fill("#paste", "Le conseil municipal a approuvé mardi la construction d'une nouvelle passerelle sur la rivière, a annoncé la maire.");
    await page.click("text=Add pasted article");
    await page.click("#brief-button");
    await page.waitForSelector(".error[role=alert]");
    const text = (await page.textContent(".error")) ?? "";
    assert.match(text, /none of the articles could be used/);
    assert.match(text, /pasted-1: not English/);
    await page.close();
  });
});
