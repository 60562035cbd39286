/**
 * Fault test (npm run test:reliability, not npm test): SIGKILL `parallax ingest` part way through a
 * batch. Everything it reported stored must be in the database, the database must pass SQLite's
 * integrity check, and a rerun must finish the batch with every article stored once.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/open-store.js";
import { makeProse } from "../fixtures/bad/make-bad-inputs.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const FILES = 60;
const KILL_AFTER = 12;

/** Distinct small articles (different numbers, places and order), so none is a duplicate of another. */
function writeArticles(dir: string): void {
  const places = ["harbor", "airport", "library", "stadium", "market", "school", "hospital", "museum", "station", "bridge"];
  for (let i = 0; i < FILES; i++) {
    const place = places[i % places.length] ?? "harbor";
    const text = [
      `Council approves ${place} plan number ${i}`,
      "",
      `The council of district ${i} voted ${i % 9} to ${9 - (i % 9)} on Tuesday to spend $${i + 1}.${i % 10} million on the ${place}.`,
      `Member ${String.fromCharCode(65 + (i % 26))}. Novak said the work on the ${place} would take ${i + 2} months.`,
      makeProse(300 + i * 7),
    ].join("\n");
    writeFileSync(join(dir, `story-${String(i).padStart(3, "0")}.txt`), text);
  }
}

function ingest(dir: string, db: string) {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", dir, "--db", db, "--verbose", "--offline"], { cwd: ROOT });
}

describe("reliability: SIGKILL during ingest", () => {
  it("reliability: nothing reported stored is lost, the database is consistent, and a rerun finishes the batch", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-kill-"));
    const articles = join(dir, "articles");
    spawnSync("mkdir", [articles]);
    writeArticles(articles);
    const db = join(dir, "store.db");

    const child = ingest(articles, db);
    const reported: string[] = [];
    let buffer = "";
    await new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk: Buffer) => {
        buffer += chunk.toString();
        let nl = buffer.indexOf("\n");
        while (nl >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          const m = /^parallax: stored \S+ as (\S+)/.exec(line);
          if (m?.[1]) reported.push(m[1]);
          if (reported.length >= KILL_AFTER && child.exitCode === null && !child.killed) child.kill("SIGKILL");
          nl = buffer.indexOf("\n");
        }
      });
      child.on("exit", () => resolve());
    });
    assert.equal(child.signalCode, "SIGKILL", "ingest finished before it could be killed; raise FILES");
    assert.ok(reported.length >= KILL_AFTER);

    const raw = new Database(db, { readonly: true });
    assert.equal(raw.pragma("integrity_check", { simple: true }), "ok");
    assert.deepEqual(raw.pragma("foreign_key_check"), []);
    raw.close();

    const store = await openStore(db);
    const ids = new Set((await store.loadIndex()).map((e) => e.id));
    await store.close();
    for (const id of reported) assert.ok(ids.has(id), `${id} was reported stored but is not in the database`);
    assert.ok(ids.size < FILES, "the whole batch was stored before the kill");

    const rerun = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "ingest", articles, "--db", db, "--offline"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stderr, new RegExp(`${FILES - ids.size} new .*${ids.size} duplicate`));
    const after = await openStore(db);
    assert.equal(await after.countArticles(), FILES);
    await after.close();
    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma("integrity_check", { simple: true }), "ok");
    check.close();
  });
});
