import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import Database from "better-sqlite3";
import { BRIDGE, FACTORY } from "../stream/story-texts.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const CLI = ["--import", "tsx", "src/cli/main.ts"];
const dir = mkdtempSync(join(tmpdir(), "parallax-cli-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [...CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Distinct invented reports: town, count and weekday vary so every text (and hash) differs. */
function writeBatch(folder: string, n: number): void {
  mkdirSync(folder, { recursive: true });
  const towns = ["Brindle", "Corvath", "Dunmere", "Elsworth", "Farlow", "Glenrock", "Hollis", "Iverton"];
  for (let i = 0; i < n; i++) {
    const town = `${towns[i % towns.length]} ${String.fromCharCode(65 + Math.floor(i / towns.length))}`;
    writeFileSync(
      join(folder, `report-${String(i).padStart(2, "0")}.txt`),
      `${town} library reopens after flood repairs\n\n` +
        `The public library in ${town} reopened on Monday after ${i + 3} months of repairs to flood damage, the council said.\n\n` +
        `Librarian Nadia Pell said ${120 + i * 7} volunteers helped move ${2000 + i * 113} books back onto the shelves.\n`,
    );
  }
}

describe("parallax ingest / stories / brief --story (end to end)", () => {
  it("cli: ingest stores, reruns as duplicates, lists stories and briefs one", () => {
    const src = join(dir, "two-stories");
    mkdirSync(src);
    for (const a of [...BRIDGE, ...FACTORY]) writeFileSync(join(src, a.path), `${a.title}\n\n${a.body}\n`);
    const db = join(dir, "two.db");
    const first = run(["ingest", src, "--db", db]);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /6 new \(2 new stories\), 0 duplicate, 0 syndicated copies, 0 failed; 2 stories in the store/);
    const second = run(["ingest", src, "--db", db]);
    assert.match(second.err, /0 new \(0 new stories\), 6 duplicate/);
    const listed = run(["stories", "--db", db, "--format", "json"]);
    assert.equal(listed.code, 0, listed.err);
    const stories = JSON.parse(listed.out) as Array<{ id: number; title: string; articles: number; outlets: number; articleList: Array<{ id: string; path: string }> }>;
    assert.equal(stories.length, 2);
    for (const s of stories) {
      assert.equal(s.articles, 3);
      assert.equal(s.articleList.length, 3);
      assert.ok(s.articleList.every((a) => a.path.startsWith(src)));
    }
    const bridge = stories.find((s) => s.articleList.some((a) => a.id.startsWith("bridge")));
    assert.ok(bridge);
    assert.ok(bridge.articleList.every((a) => a.id.startsWith("bridge")), "bridge story holds only bridge reports");
    const brief = run(["brief", "--story", String(bridge.id), "--db", db, "--format", "json"]);
    assert.equal(brief.code, 0, brief.err);
    assert.equal((JSON.parse(brief.out) as { sources: unknown[] }).sources.length, 3);
    // Nothing was stored since that briefing: --since without a date shows no facts.
    const since = run(["brief", "--story", String(bridge.id), "--since", "--db", db, "--format", "json"]);
    assert.equal(since.code, 0, since.err);
    assert.equal((JSON.parse(since.out) as { facts: unknown[] }).facts.length, 0);
    const missing = run(["brief", "--story", "999", "--db", db]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no story 999/);
  });

  it("cli: a killed ingest loses nothing it reported stored, the file is intact, and a rerun completes", async () => {
    const src = join(dir, "batch");
    const n = 30;
    writeBatch(src, n);
    const db = join(dir, "killed.db");
    const reported: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [...CLI, "ingest", src, "--db", db, "--verbose"], { cwd: ROOT });
      let buf = "";
      child.stderr.setEncoding("utf8");
      child.stderr.on("data", (chunk: string) => {
        buf += chunk;
        const lines = buf.split("\n");
        buf = lines.pop() ?? "";
        for (const line of lines) {
          const m = /^parallax: stored (\S+) as (\S+)/.exec(line);
          if (m?.[2]) reported.push(m[2]);
        }
        if (reported.length >= 5 && child.exitCode === null && !child.killed) child.kill("SIGKILL");
      });
      child.on("error", reject);
      child.on("close", () => resolve());
    });
    assert.ok(reported.length >= 5, `the ingest was killed before it reported 5 articles (${reported.length})`);
    assert.ok(reported.length < n, "the ingest finished before it could be killed; the test proves nothing");
    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma("integrity_check", { simple: true }), "ok");
    const stored = new Set(check.prepare("SELECT id FROM articles").all().map((r) => (r as { id: string }).id));
    check.close();
    for (const id of reported) assert.ok(stored.has(id), `${id} was reported stored but is missing`);
    const rerun = run(["ingest", src, "--db", db]);
    assert.equal(rerun.code, 0, rerun.err);
    const m = /(\d+) new .*?, (\d+) duplicate/.exec(rerun.err);
    assert.ok(m, rerun.err);
    assert.equal(Number(m[2]), stored.size, "what the killed run stored is skipped");
    assert.equal(Number(m[1]) + Number(m[2]), n);
    const after2 = new Database(db, { readonly: true });
    assert.equal((after2.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n, n);
    after2.close();
  });
});
