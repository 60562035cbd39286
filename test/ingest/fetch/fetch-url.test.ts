import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { FetchError, fetchUrl } from "../../../src/ingest/fetch/fetch-url.js";
import { type LocalServer, send, startLocalServer } from "./local-server.js";

const PAGE = "<html><head><title>Test page</title></head><body><p>Hello from the loopback server.</p></body></html>";

describe("fetchUrl", () => {
  let srv: LocalServer;
  before(async () => {
    srv = await startLocalServer({
      "/page": send(PAGE),
      "/gzip": send(gzipSync(Buffer.from(PAGE)), "text/html", { "content-encoding": "gzip" }),
      "/image": send(new Uint8Array([0x89, 0x50, 0x4e, 0x47]), "image/png"),
      "/big": send("x".repeat(50_000)),
      "/hop": (_req, res) => {
        res.writeHead(302, { location: "/page" });
        res.end();
      },
      "/loop": (_req, res) => {
        res.writeHead(301, { location: "/loop" });
        res.end();
      },
      "/to-other-loopback": (_req, res) => {
        res.writeHead(302, { location: `http://127.0.0.2:${srv.port}/page` });
        res.end();
      },
      "/to-file": (_req, res) => {
        res.writeHead(302, { location: "file:///etc/passwd" });
        res.end();
      },
      "/hang": () => {
        // never answers: the deadline must end the request
      },
    });
  });
  after(() => srv.close());
  const local = { allowPrivateNetwork: true };

  it("fetch: refuses loopback by default (SSRF) with a reason that names the address", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/page`), (e: FetchError) => e instanceof FetchError && /127\.0\.0\.1 is a private/.test(e.message));
    assert.equal(srv.seen.length, 0);
  });

  it("fetch: refuses a host name whose DNS answer is private (checked at resolution)", async () => {
    const resolveHost = async () => ["10.0.0.7"];
    await assert.rejects(fetchUrl(`http://intranet.test:${srv.port}/page`, { resolveHost }), /resolves to 10\.0\.0\.7/);
  });

  it("fetch: reads a page from the loopback server when private addresses are allowed, with a polite user agent", async () => {
    const page = await fetchUrl(`${srv.base}/page`, local);
    assert.equal(new TextDecoder().decode(page.bytes), PAGE);
    assert.match(page.contentType, /text\/html/);
    assert.match(String(srv.seen.at(-1)?.headers["user-agent"]), /^Parallax\//);
  });

  it("fetch: resolves host names through the injected resolver and connects to that address", async () => {
    const page = await fetchUrl(`http://news.test:${srv.port}/page`, { resolveHost: async () => ["127.0.0.1"], allowAddress: (ip) => ip === "127.0.0.1" });
    assert.equal(page.status, 200);
    assert.equal(srv.seen.at(-1)?.headers.host, `news.test:${srv.port}`);
  });

  it("fetch: decompresses gzip bodies", async () => {
    assert.equal(new TextDecoder().decode((await fetchUrl(`${srv.base}/gzip`, local)).bytes), PAGE);
  });

  it("fetch: follows redirects and reports the final URL", async () => {
    const page = await fetchUrl(`${srv.base}/hop`, local);
    assert.equal(page.url, `${srv.base}/page`);
    assert.deepEqual(page.redirects, [`${srv.base}/hop`]);
  });

  it("fetch: re-checks the address after a redirect", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/to-other-loopback`, { allowAddress: (ip) => ip === "127.0.0.1" }), /127\.0\.0\.2/);
  });

  it("fetch: refuses a redirect to a non-http scheme", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/to-file`, local), /only http and https/);
  });

  it("fetch: stops after the redirect limit", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/loop`, { ...local, maxRedirects: 3 }), /more than 3 redirects/);
  });

  it("fetch: refuses bodies over the size limit", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/big`, { ...local, maxBytes: 1000 }), /too large/);
  });

  it("fetch: refuses content that is not a page or feed", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/image`, local), /content type "image\/png"/);
  });

  it("fetch: names the HTTP status of a failed answer", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/missing`, local), /HTTP 404/);
  });

  it("fetch: gives up at the deadline", async () => {
    await assert.rejects(fetchUrl(`${srv.base}/hang`, { ...local, timeoutMs: 200 }), /timed out/);
  });

  it("fetch: offline mode refuses every URL without a request", async () => {
    const before = srv.seen.length;
    await assert.rejects(fetchUrl(`${srv.base}/page`, { ...local, offline: true }), /offline/);
    assert.equal(srv.seen.length, before);
  });
});
