import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
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
});
