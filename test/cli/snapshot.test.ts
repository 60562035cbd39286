import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { briefFiles } from "../../src/index.js";
import { renderJson } from "../../src/render/json.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Beside dist/, so the snapshot finds node_modules as dist/parallax.blob does.
const OUT = join(ROOT, ".snapshot-test");
const BLOB = join(OUT, "parallax.blob");

/** Run the CLI from the snapshot, as bin/parallax.js does, with the flags the stamp records. */
function fromBlob(args: string[], input?: string) {
  const { flags } = JSON.parse(readFileSync(`${BLOB}.json`, "utf8")) as { flags: string[] };
  return spawnSync(process.execPath, [...flags, "--snapshot-blob", BLOB, ...args], { cwd: ROOT, encoding: "utf8", input, maxBuffer: 64 * 2 ** 20 });
}

/**
 * The start-up snapshot is the program `parallax brief` runs on a machine where `npm install` built
 * it: a heap saved after loading and warming up, with built-ins and native packages loaded on first
 * use. It must answer exactly as the sources do.
 */
describe("cli: the start-up snapshot (dist/parallax.blob)", () => {
  before(() => {
    rmSync(OUT, { recursive: true, force: true });
    execFileSync(process.execPath, ["--import", "tsx", "scripts/build-snapshot.mjs", OUT], { cwd: ROOT, stdio: "pipe" });
  });

  it("is built on this Node, with a stamp naming the binary and the flags", () => {
    assert.ok(existsSync(BLOB), "node could not build the snapshot");
    const stamp = JSON.parse(readFileSync(`${BLOB}.json`, "utf8")) as { node: string; execPath: string; flags: unknown };
    assert.equal(stamp.node, process.version);
    assert.equal(stamp.execPath, process.execPath);
    assert.ok(Array.isArray(stamp.flags));
  });

  it("briefs the bundled example exactly as the sources do", async () => {
    const run = fromBlob(["brief", "examples/alaska-summit", "--format", "json"]);
    assert.equal(run.status, 0, run.stderr);
    const expected = renderJson(await briefFiles([join(ROOT, "examples/alaska-summit")]));
    // Paths are as given on each side; everything else must match byte for byte.
    const strip = (json: string) => json.replaceAll(join(ROOT, "examples/alaska-summit"), "examples/alaska-summit");
    assert.equal(strip(run.stdout), strip(expected));
  });

  it("reads an article from stdin, and names a bad input with exit status 1", () => {
    const text = readFileSync(join(ROOT, "examples/alaska-summit", "000_a31687a6fbba120a.txt"), "utf8");
    const piped = fromBlob(["brief", "-"], text);
    assert.equal(piped.status, 0, piped.stderr);
    assert.match(piped.stdout, /^# Parallax briefing: /);
    const missing = fromBlob(["brief", "no-such-file.txt"]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no-such-file\.txt/);
  });

  it("reads an HTML page (linkedom, loaded on first use) as the sources do", () => {
    const page = "test/fixtures/html-div-layout/page.html";
    const fromSnapshot = fromBlob(["extract", page, "--format", "json"]);
    assert.equal(fromSnapshot.status, 0, fromSnapshot.stderr);
    const fromSources = execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "extract", page, "--format", "json"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(fromSnapshot.stdout, fromSources);
  });

  it("opens a SQLite story store (a native package loaded on first use)", () => {
    const db = join(OUT, "stories.db");
    const run = fromBlob(["brief", "--story", "1", "--db", db]);
    // An empty store has no story 1: a clear error from the store, not a failure to load its driver.
    assert.notEqual(run.status, 0);
    assert.doesNotMatch(run.stderr, /Cannot find module|not supported|ERR_/);
    assert.ok(existsSync(db), "the store file was created");
  });
  /**
   * bin/parallax (the npm command on POSIX systems) starts Node from the blob itself, and hands
   * everything it cannot serve to bin/parallax.js. Here it runs in a copy of the package layout
   * without bin/parallax.js, so a fallback shows as that file missing.
   */
  describe("bin/parallax, the POSIX launcher", () => {
    const PKG = join(OUT, "pkg");
    function launch(args: string[], env: Record<string, string> = {}) {
      return spawnSync(join(PKG, "bin", "parallax"), args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 2 ** 20 });
    }
    before(() => {
      mkdirSync(join(PKG, "bin"), { recursive: true });
      copyFileSync(join(ROOT, "bin", "parallax"), join(PKG, "bin", "parallax"));
      symlinkSync(OUT, join(PKG, "dist"));
      mkdirSync(join(PKG, "src"));
      writeFileSync(join(PKG, "src", "source.ts"), "");
      const old = new Date(Date.now() - 3600_000);
      utimesSync(join(PKG, "src", "source.ts"), old, old);
    });

    it("briefs from the blob, as the blob does when started by hand", () => {
      const run = launch(["brief", "examples/alaska-summit", "--format", "json"]);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, fromBlob(["brief", "examples/alaska-summit", "--format", "json"]).stdout);
      const missing = launch(["brief", "no-such-file.txt"]);
      assert.equal(missing.status, 1, "Parallax's own exit status comes through");
      assert.match(missing.stderr, /no-such-file\.txt/);
    });

    it("hands over to bin/parallax.js when turned off, for other commands, or when a source is newer", () => {
      const handedOver = /parallax\.js/;
      assert.match(launch(["brief", "examples/alaska-summit"], { PARALLAX_SNAPSHOT: "0" }).stderr, handedOver);
      assert.match(launch(["stories"]).stderr, handedOver);
      utimesSync(join(PKG, "src", "source.ts"), new Date(), new Date(Date.now() + 60_000));
      try {
        assert.match(launch(["brief", "examples/alaska-summit"]).stderr, handedOver);
      } finally {
        const old = new Date(Date.now() - 3600_000);
        utimesSync(join(PKG, "src", "source.ts"), old, old);
      }
    });

    it("hands over when the blob was built by another Node binary", () => {
      const args = `${BLOB}.args`;
      const saved = readFileSync(args, "utf8");
      writeFileSync(args, saved.replace(/^[^\n]*/, "/nonexistent/node"));
      try {
        assert.match(launch(["brief", "examples/alaska-summit"]).stderr, /parallax\.js/);
      } finally {
        writeFileSync(args, saved);
      }
    });
  });
});
