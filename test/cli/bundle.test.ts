import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { startServe, stop } from "../server/start-serve.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Beside dist/, so the bundle finds node_modules and web/dist as dist/parallax.mjs does.
const OUT = join(ROOT, ".bundle-test");

/**
 * The bundle that `npm install` builds and `bin/parallax.js` runs is a different program from the
 * source the other tests import: paths relative to `import.meta.url` and worker entries differ.
 */
describe("cli: the bundled program (dist/parallax.mjs)", () => {
  before(() => {
    rmSync(OUT, { recursive: true, force: true });
    execFileSync("bash", ["scripts/build-cli.sh", OUT], { cwd: ROOT, stdio: "pipe" });
  });

  it("briefs the bundled example", () => {
    const out = execFileSync(process.execPath, [join(OUT, "parallax.mjs"), "brief", "examples/alaska-summit", "--format", "json"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const briefing = JSON.parse(out) as { sources: unknown[]; summary: unknown[] };
    assert.equal(briefing.sources.length, 5);
    assert.ok(briefing.summary.length > 0);
  });

  it("serves the page and briefs posted articles in its worker thread", async () => {
    assert.ok(existsSync(join(OUT, "parallax-brief-worker.mjs")), "the serve worker is bundled beside the CLI");
    const { child, url } = await startServe([join(OUT, "parallax.mjs")], ["--port", "0"]);
    try {
      const text = (h: string, s: string) => `${h}\n\n${s} The council in Marlow voted on Tuesday to build a footbridge over the river.`;
      const res = await fetch(`${url}api/brief`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ articles: [{ text: text("Bridge approved", "A vote was held.") }, { text: text("Footbridge backed", "Councillors agreed.") }] }),
      });
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal(((await res.json()) as { sources: unknown[] }).sources.length, 2);
      if (existsSync(join(ROOT, "web", "dist", "index.html"))) {
        const page = await fetch(url);
        assert.equal(page.status, 200);
        assert.match(await page.text(), /<html/i);
      }
    } finally {
      await stop(child);
    }
  });
});
