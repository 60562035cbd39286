/**
 * Load and abuse test (npm run test:reliability, not npm test): `parallax serve` on loopback, 50
 * concurrent autocannon clients for PARALLAX_LOAD_SECONDS (30 by default) three times over: no failed
 * request, no memory growth between the repeated runs; oversized and malformed requests get 4xx,
 * never 5xx, and the server keeps answering.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import autocannon from "autocannon";
import { GOOD_ARTICLES } from "../fixtures/bad/make-bad-inputs.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const SECONDS = Number(process.env.PARALLAX_LOAD_SECONDS ?? 30);
const CONNECTIONS = 50;

/** Resident memory of a process, in bytes (Linux). */
function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(m?.[1] ?? 0) * 1024;
}

const SMALL = GOOD_ARTICLES["harbor-a.txt"] ?? "";

describe("reliability: the server under load and abuse", () => {
  let server: ChildProcess;
  let base = "";
  const log: string[] = [];

  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-load-"));
    const articles = join(dir, "articles");
    mkdirSync(articles);
    for (const [name, text] of Object.entries(GOOD_ARTICLES)) writeFileSync(join(articles, name), text);
    const db = join(dir, "store.db");
    const ingest = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", articles, "--db", db, "--offline"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(ingest.status, 0, ingest.stderr);
    server = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--port", "0", "--db", db, "--offline"], { cwd: ROOT });
    server.stderr?.on("data", (d: Buffer) => log.push(d.toString()));
    base = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout?.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /serving (http:\/\/\S+?)\/?(\s|$)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      server.on("exit", (code) => reject(new Error(`server exited (${code}): ${log.join("")}`)));
    });
  });

  after(() => {
    server?.kill("SIGTERM");
  });

  async function load(): Promise<autocannon.Result> {
    return autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 30,
      requests: [
        { method: "GET", path: "/api/stories" },
        { method: "GET", path: "/api/openapi.json" },
        { method: "POST", path: "/api/inspect", headers: { "content-type": "application/json" }, body: JSON.stringify({ article: { text: SMALL, name: "a.txt" } }) },
        { method: "GET", path: "/api/stories/1/brief" },
      ],
    });
  }

  it(`reliability: ${CONNECTIONS} clients for ${SECONDS} s, three runs: no failed request, no memory growth`, async () => {
    const rss: number[] = [];
    const summary: string[] = [];
    for (let run = 0; run < 3; run++) {
      const r = await load();
      rss.push(rssOf(server.pid ?? 0));
      summary.push(`run ${run + 1}: ${r.requests.total} requests, ${r.requests.average} req/s, p99 ${r.latency.p99} ms, rss ${Math.round((rss[run] ?? 0) / 1e6)} MB`);
      assert.ok(r.requests.total > 0, "no request completed");
      assert.equal(r.errors, 0, `${r.errors} errors in run ${run + 1}`);
      assert.equal(r.timeouts, 0, `${r.timeouts} timeouts in run ${run + 1}`);
      assert.equal(r.non2xx, 0, `${r.non2xx} non-2xx answers in run ${run + 1}`);
    }
    process.stdout.write(`# load: ${summary.join("; ")}\n`);
    // Run 1 warms caches and the analysis thread; runs 2 and 3 do the same work, so the resident
    // memory after run 3 may not exceed run 2's by more than GC noise.
    const [, second = 0, third = 0] = rss;
    assert.ok(third - second < Math.max(64e6, second * 0.25), `memory grew from ${second} to ${third} bytes between repeated runs`);
  });

  it("reliability: oversized and malformed requests get 4xx, never 5xx, and the server keeps answering", async () => {
    const json = { "content-type": "application/json" };
    const cases: Array<[string, RequestInit & { path: string }]> = [
      ["empty body", { path: "/api/brief", method: "POST", headers: json, body: "" }],
      ["not JSON", { path: "/api/brief", method: "POST", headers: json, body: "{articles: [" }],
      ["JSON nested 100,000 deep", { path: "/api/brief", method: "POST", headers: json, body: `${"[".repeat(100_000)}${"]".repeat(100_000)}` }],
      ["wrong shape", { path: "/api/brief", method: "POST", headers: json, body: JSON.stringify({ articles: "all of them" }) }],
      ["unknown field", { path: "/api/brief", method: "POST", headers: json, body: JSON.stringify({ articles: [{ text: SMALL, evil: true }] }) }],
      ["9 MB body", { path: "/api/brief", method: "POST", headers: json, body: JSON.stringify({ articles: [{ text: "a ".repeat(4.5e6) }] }) }],
      ["101 articles", { path: "/api/brief", method: "POST", headers: json, body: JSON.stringify({ articles: Array.from({ length: 101 }, () => ({ text: "Short text here." })) }) }],
      ["no usable article", { path: "/api/brief", method: "POST", headers: json, body: JSON.stringify({ articles: [{ text: "   " }] }) }],
      ["text/plain POST", { path: "/api/brief", method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ articles: [{ text: SMALL }] }) }],
      ["form POST", { path: "/api/inspect", method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "article=x" }],
      ["loopback URL (SSRF)", { path: "/api/inspect", method: "POST", headers: json, body: JSON.stringify({ article: { url: "http://127.0.0.1:22/" } }) }],
      ["link-local URL (SSRF)", { path: "/api/inspect", method: "POST", headers: json, body: JSON.stringify({ article: { url: "http://169.254.169.254/latest/meta-data/" } }) }],
      ["javascript: URL", { path: "/api/inspect", method: "POST", headers: json, body: JSON.stringify({ article: { url: "javascript:alert(1)" } }) }],
      ["unknown API route", { path: "/api/../../etc/passwd", method: "GET" }],
      ["bad story id", { path: "/api/stories/%00%ff/brief", method: "GET" }],
      ["missing story", { path: "/api/stories/999999/brief", method: "GET" }],
      ["DELETE", { path: "/api/stories", method: "DELETE" }],
      ["cross-site origin", { path: "/api/brief", method: "POST", headers: { ...json, origin: "https://evil.invalid" }, body: JSON.stringify({ articles: [{ text: SMALL }] }) }],
      ["100 KB header", { path: "/api/stories", method: "GET", headers: { "x-junk": "a".repeat(100_000) } }],
    ];
    const got: string[] = [];
    for (const [name, { path, ...init }] of cases) {
      let status = 0;
      try {
        const res = await fetch(base + path, init);
        status = res.status;
        await res.arrayBuffer();
      } catch (err) {
        assert.fail(`${name}: the connection failed (${(err as Error).message})`);
      }
      got.push(`${name}: ${status}`);
      assert.ok(status >= 400 && status < 500, `${name}: status ${status}`);
    }
    process.stdout.write(`# abuse: ${got.join("; ")}\n`);
    const alive = await fetch(`${base}/api/stories`);
    assert.equal(alive.status, 200);
  });
});
