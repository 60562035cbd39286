import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import { BriefingSchema, type Briefing } from "../../src/model/briefing.js";
import { createApp } from "../../src/server/create-app.js";
import type { StoryStore } from "../../src/server/story-store.js";

const ARTICLE_A = `Council approves new river bridge after long debate

The Marlow town council voted 7 to 2 on Tuesday to approve a new footbridge over the river, ending a debate that lasted three years.
Mayor Ada Brennan said the bridge would open in the spring. "This is a good day for the town," she said.
The project will cost 4 million dollars, paid mostly by a regional grant.`;

const ARTICLE_B = `Marlow backs footbridge plan

Councillors in Marlow approved a footbridge across the river on Tuesday by a vote of 7 to 2.
The bridge is expected to cost about 4.5 million dollars, according to the council's budget papers.
Mayor Ada Brennan told reporters the bridge would open next spring. Two councillors said the money should go to roads instead.`;

const INDEX = new TextEncoder().encode("<!doctype html><title>Parallax</title><div id=app></div>");

function makeApp(extra: Parameters<typeof createApp>[0] = {}) {
  return createApp({
    options: normalizeOptions({ offline: true }),
    effects: {
      readAsset: async (p) => (p === "index.html" ? INDEX : p === "assets/app-1.js" ? new TextEncoder().encode("1") : undefined),
    },
    ...extra,
  });
}

const post = (_path: string, body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "Content-Type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

describe("server: JSON API", () => {
  it("briefs posted texts into a briefing whose citations point into each source's text", async () => {
    const res = await makeApp().request("/api/brief", post("/api/brief", { articles: [{ text: ARTICLE_A, name: "a.txt" }, { text: ARTICLE_B, name: "b.txt" }] }));
    assert.equal(res.status, 200);
    const briefing: Briefing = BriefingSchema.parse(await res.json());
    assert.deepEqual(briefing.sources.map((s) => s.id), ["a", "b"]);
    assert.ok(briefing.summary.length > 0);
    for (const s of briefing.summary) {
      for (const c of s.citations) {
        const src = briefing.sources.find((x) => x.id === c.source);
        assert.ok(src, `citation source ${c.source} exists`);
        assert.ok(c.start < c.end && c.end <= src.text.length);
      }
    }
  });

  it("reads posted HTML through article extraction, keeping its title", async () => {
    const html = `<html><head><title>Bridge vote</title></head><body><article><h1>Council approves new river bridge</h1>${ARTICLE_A.split("\n")
      .slice(2)
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    const res = await makeApp().request("/api/brief", post("/api/brief", { articles: [{ html }, { text: ARTICLE_B }] }));
    assert.equal(res.status, 200);
    const briefing = (await res.json()) as Briefing;
    assert.equal(briefing.sources.length, 2);
    assert.match(briefing.sources[0]?.title ?? "", /bridge/i);
    assert.ok(!briefing.sources[0]?.text.includes("<p>"));
  });

  it("answers malformed JSON with 400 and a readable message, never 5xx", async () => {
    const res = await makeApp().request("/api/brief", post("/api/brief", '{"articles": [ {"text": "x"'));
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: string };
    assert.match(body.error, /not valid JSON/);
  });

  it("says which field is wrong when the body does not match the schema", async () => {
    const app = makeApp();
    const none = await app.request("/api/brief", post("/api/brief", { articles: [] }));
    assert.equal(none.status, 400);
    assert.match(((await none.json()) as { error: string }).error, /articles: give at least one article/);
    const both = await app.request("/api/brief", post("/api/brief", { articles: [{ text: ARTICLE_A, url: "https://example.org/a" }] }));
    assert.equal(both.status, 400);
    assert.match(((await both.json()) as { error: string }).error, /articles\[0\]: give exactly one of text, html or url/);
    const extra = await app.request("/api/brief", post("/api/brief", { articles: [{ text: ARTICLE_A }], sneaky: 1 }));
    assert.equal(extra.status, 400);
    assert.match(((await extra.json()) as { error: string }).error, /unknown field\(s\) "sneaky"/);
    const empty = await app.request("/api/brief", post("/api/brief", ""));
    assert.equal(empty.status, 400);
  });

  it("refuses a POST that is not JSON (a cross-site form could send it without a preflight)", async () => {
    const res = await makeApp().request("/api/brief", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" });
    assert.equal(res.status, 415);
    assert.match(((await res.json()) as { error: string }).error, /application\/json/);
  });

  it("answers a body over the size limit with 413", async () => {
    const app = makeApp({ limits: { bodyBytes: 1000 } });
    const res = await app.request("/api/brief", post("/api/brief", { articles: [{ text: ARTICLE_A.repeat(5) }] }));
    assert.equal(res.status, 413);
    assert.match(((await res.json()) as { error: string }).error, /larger than this server's limit of 1000 bytes/);
  });

  it("answers too many articles with 413", async () => {
    const app = makeApp({ limits: { articles: 1 } });
    const res = await app.request("/api/brief", post("/api/brief", { articles: [{ text: ARTICLE_A }, { text: ARTICLE_B }] }));
    assert.equal(res.status, 413);
  });

  it("answers 422 with each reason when no article is usable", async () => {
    const res = await makeApp().request(
      "/api/brief",
      post("/api/brief", { articles: [{ text: "   " }, { url: "https://news.example.org/story", name: "story" }] }),
    );
    assert.equal(res.status, 422);
    const body = (await res.json()) as { error: string; rejected: { path: string; reason: string }[] };
    assert.match(body.error, /none of the articles could be used/);
    assert.equal(body.rejected.length, 2);
    assert.equal(body.rejected[0]?.path, "pasted-1");
    assert.match(body.rejected[0]?.reason ?? "", /no text/);
  });

  it("inspects one article", async () => {
    const res = await makeApp().request("/api/inspect", post("/api/inspect", { article: { text: ARTICLE_A } }));
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { article: { title: string; text: string }; sentences: { text: string }[] };
    assert.match(doc.article.title, /bridge/);
    assert.ok(doc.sentences.length >= 3);
  });

  it("serves an OpenAPI description of every route", async () => {
    const res = await makeApp().request("/api/openapi.json");
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, "3.1.0");
    for (const p of ["/api/brief", "/api/inspect", "/api/stories", "/api/stories/{id}/brief"]) assert.ok(doc.paths[p], p);
    assert.ok(doc.components.schemas.Briefing);
  });

  it("answers unknown API routes with JSON 404", async () => {
    const res = await makeApp().request("/api/nothing");
    assert.equal(res.status, 404);
    assert.match(((await res.json()) as { error: string }).error, /no API route GET \/api\/nothing/);
  });
});

describe("server: stories", () => {
  const briefing: Briefing = {
    version: 1, sources: [], summary: [], facts: [], consensus: [], unique: [], disagreements: [], quotes: [],
    entities: [], opinion: [], framing: [], timeline: [], warnings: [], rejected: [],
  };
  const store: StoryStore = {
    listStories: async () => [{ id: "s1", title: "Bridge vote", sources: 3 }],
    briefStory: async (id) => (id === "s1" ? briefing : undefined),
  };

  it("answers 501 with a readable message when there is no store", async () => {
    for (const path of ["/api/stories", "/api/stories/s1/brief"]) {
      const res = await makeApp().request(path);
      assert.equal(res.status, 501);
      assert.match(((await res.json()) as { error: string }).error, /no story store/);
    }
  });

  it("lists and briefs stored stories, 404 for an unknown id", async () => {
    const app = makeApp({ store });
    const list = await app.request("/api/stories");
    assert.deepEqual(await list.json(), { stories: [{ id: "s1", title: "Bridge vote", sources: 3 }] });
    const one = await app.request("/api/stories/s1/brief");
    assert.equal(one.status, 200);
    assert.equal(((await one.json()) as Briefing).version, 1);
    const missing = await app.request("/api/stories/nope/brief");
    assert.equal(missing.status, 404);
  });

  it("stops a request that runs past the time limit with 504", async () => {
    const slow: StoryStore = { listStories: () => new Promise(() => {}), briefStory: async () => undefined };
    const res = await makeApp({ store: slow, limits: { timeoutMs: 30 } }).request("/api/stories");
    assert.equal(res.status, 504);
    assert.match(((await res.json()) as { error: string }).error, /took longer than/);
  });
});

describe("server: access and headers", () => {
  it("requires the bearer token on API calls when one is set", async () => {
    const app = makeApp({ token: "s3cret-token" });
    const none = await app.request("/api/openapi.json");
    assert.equal(none.status, 401);
    assert.match(((await none.json()) as { error: string }).error, /access token/);
    const wrong = await app.request("/api/openapi.json", { headers: { Authorization: "Bearer nope" } });
    assert.equal(wrong.status, 401);
    const right = await app.request("/api/openapi.json", { headers: { Authorization: "Bearer s3cret-token" } });
    assert.equal(right.status, 200);
    // The page itself loads without the token (it holds no data); it sends the token on its API calls.
    assert.equal((await app.request("/")).status, 200);
  });

  it("refuses a foreign Host (DNS rebinding) and a cross-site Origin", async () => {
    const app = makeApp({ allowedHosts: ["127.0.0.1", "localhost"] });
    const rebound = await app.request("http://evil.example:8080/api/openapi.json");
    assert.equal(rebound.status, 421);
    const ok = await app.request("http://127.0.0.1:8080/api/openapi.json");
    assert.equal(ok.status, 200);
    const cross = await app.request("http://127.0.0.1:8080/api/brief", post("/api/brief", { articles: [{ text: ARTICLE_A }] }, { Origin: "https://evil.example" }));
    assert.equal(cross.status, 403);
  });

  it("sends security headers with a CSP that allows no inline script", async () => {
    const res = await makeApp().request("/");
    assert.equal(res.status, 200);
    const csp = res.headers.get("content-security-policy") ?? "";
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    assert.equal(res.headers.get("referrer-policy"), "no-referrer");
  });

  it("serves built assets and nothing outside them", async () => {
    const app = makeApp();
    const asset = await app.request("/assets/app-1.js");
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get("content-type") ?? "", /javascript/);
    for (const path of ["/assets/..%2F..%2Fpackage.json", "/assets/.env", "/assets/missing.js", "/package.json"]) {
      assert.equal((await app.request(path)).status, 404, path);
    }
  });

  it("explains how to build the page when it is missing", async () => {
    const app = createApp({ effects: { readAsset: async () => undefined } });
    const res = await app.request("/");
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build:web/);
  });
});
