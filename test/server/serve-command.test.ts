import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { SOURCE, startServe, stop } from "./start-serve.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("cli: parallax serve", () => {
  it("listens on loopback, serves the API with security headers, and stops on SIGTERM", async () => {
    const { child, url } = await startServe(SOURCE, ["--port", "0"]);
    try {
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${url}api/openapi.json`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      const bad = await fetch(`${url}api/brief`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{nope" });
      assert.equal(bad.status, 400);
      assert.match(((await bad.json()) as { error: string }).error, /not valid JSON/);
      // Posted articles go through the analysis worker thread.
      const text = (h: string, s: string) => `${h}\n\n${s} The council in Marlow voted on Tuesday to build a footbridge over the river.`;
      const brief = await fetch(`${url}api/brief`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ articles: [{ text: text("Bridge approved", "A vote was held.") }, { text: text("Footbridge backed", "Councillors agreed.") }] }),
      });
      assert.equal(brief.status, 200);
      assert.equal(((await brief.json()) as { sources: unknown[] }).sources.length, 2);
    } finally {
      await stop(child);
    }
  });

  it("beyond loopback, warns and requires the access token on every API call", async () => {
    const token = "test-token-0123456789";
    const { child, url, err } = await startServe(SOURCE, ["--port", "0", "--host", "0.0.0.0"], { PARALLAX_TOKEN: token });
    try {
      assert.match(err(), /WARNING: listening on 0\.0\.0\.0/);
      assert.match(url, new RegExp(`#token=${token}$`));
      const base = url.replace(/#.*$/, "").replace("0.0.0.0", "127.0.0.1");
      assert.equal((await fetch(`${base}api/openapi.json`)).status, 401);
      const ok = await fetch(`${base}api/openapi.json`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(ok.status, 200);
    } finally {
      await stop(child);
    }
  });

  it("refuses a port that is not a number, with exit status 2", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve", "--port", "eighty"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr?.on("data", (d) => {
      err += String(d);
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    assert.equal(code, 2);
    assert.match(err, /--port takes a number/);
  });
});
