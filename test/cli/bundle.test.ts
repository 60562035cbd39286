import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { briefArticles } from "../../src/index.js";
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

  it("keeps \\p{...} regular expressions as literals (not rebuilt by `new RegExp` at every evaluation)", () => {
    const bundle = readFileSync(join(OUT, "parallax.mjs"), "utf8");
    assert.ok(bundle.includes("\\p{L"), "the bundle has Unicode property escapes");
    assert.doesNotMatch(bundle, /new RegExp\("[^"]*\\\\p\{/);
  });

  it("bundles the library, which briefs as the sources do", async () => {
    const library = (await import(pathToFileURL(join(OUT, "parallax-library.mjs")).href)) as typeof import("../../src/index.js");
    const articles = [
      {
        id: "a",
        path: "a.txt",
        body: "Bridge approved\n\nThe council in Marlow voted 7-2 on Tuesday to build a footbridge, officials said.",
      },
      {
        id: "b",
        path: "b.txt",
        body: "Footbridge backed\n\nThe council in Marlow voted 6-3 on Tuesday to build a footbridge over the river.",
      },
    ];
    const fromBundle = library.briefArticles(articles, library.normalizeOptions());
    const fromSources = briefArticles(articles);
    assert.ok(fromBundle.facts.length > 0);
    assert.deepEqual(JSON.parse(JSON.stringify(fromBundle)), JSON.parse(JSON.stringify(fromSources)));
  });

  it("serves the page and briefs posted articles in its worker thread", async () => {
    assert.ok(existsSync(join(OUT, "parallax-brief-worker.mjs")), "the serve worker is bundled beside the CLI");
    const { child, url } = await startServe([join(OUT, "parallax.mjs")], ["--port", "0"]);
    try {
      const text = (h: string, s: string) => `${h}\n\n${s} The council in Marlow voted on Tuesday to build a footbridge over the river.`;
      const res = await fetch(`${url}api/brief`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          articles: [{ text: text("Bridge approved", "A vote was held.") }, { text: text("Footbridge backed", "Councillors agreed.") }],
        }),
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
