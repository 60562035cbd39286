/**
 * Hostile and broken inputs: each is refused by name with the reason (or read correctly), and the
 * rest of the batch still loads. Inputs are generated into a temporary folder by
 * test/fixtures/bad/make-bad-inputs.ts. The heaviest cases (a 5 MB line through the whole pipeline,
 * HTML nested 100,000 deep, 10,000 files briefed) run in `npm run test:reliability`.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import { defaultIngestEffects, type IngestEffects } from "../../src/ingest/effects.js";
import { loadInputs } from "../../src/ingest/load-inputs.js";
import {
  BAD_EXPECTATIONS,
  GOOD_ARTICLES,
  makeFeed,
  makeNestedHtml,
  writeBadInputs,
  writeBigFile,
  writeManyFiles,
} from "../fixtures/bad/make-bad-inputs.js";

const OFFLINE = normalizeOptions({ offline: true });
const base = (p: string) => p.split("/").pop() ?? p;

describe("reliability: bad inputs in one batch", () => {
  const inputs = writeBadInputs();

  it("reliability: every broken file is refused by name with its reason; the good ones still load", async () => {
    const { articles, rejected } = await loadInputs([inputs.dir], OFFLINE);
    const why = new Map(rejected.map((r) => [base(r.path), r.reason]));
    for (const [name, reason] of Object.entries(BAD_EXPECTATIONS)) {
      assert.ok(why.has(name), `${name} was not refused; refused: ${[...why.keys()].join(", ")}`);
      assert.match(why.get(name) ?? "", reason, `${name}: ${why.get(name)}`);
      assert.ok(rejected.some((r) => r.path === inputs.bad[name]), `${name} is not named by its path`);
    }
    assert.deepEqual(articles.map((a) => a.id).sort(), ["harbor-a", "harbor-b", "utf16be", "utf16le"]);
  });

  it("reliability: UTF-16 files with a byte-order mark are read as the same text", async () => {
    const { articles, rejected } = await loadInputs(inputs.utf16, OFFLINE);
    assert.deepEqual(rejected, []);
    assert.equal(articles.length, 2);
    for (const a of articles) assert.equal(a.body, GOOD_ARTICLES["harbor-a.txt"]);
  });

  it("reliability: the same file given twice (also by another path) is read once and reported", async () => {
    const file = inputs.good[0] ?? "";
    const again = join(inputs.dir, ".", base(file));
    const { articles, rejected } = await loadInputs([file, again, file], OFFLINE);
    assert.equal(articles.length, 1);
    assert.equal(rejected.length, 2);
    for (const r of rejected) assert.match(r.reason, /more than once/);
  });

  it("reliability: a path that does not exist is named; the rest loads", async () => {
    const missing = join(inputs.dir, "no-such-file.txt");
    const { articles, rejected } = await loadInputs([missing, ...inputs.good], OFFLINE);
    assert.equal(articles.length, 2);
    assert.deepEqual(rejected, [{ path: missing, reason: "cannot read: no such file or folder" }]);
  });

  it("reliability: a folder without read permission is named (simulated: root ignores modes, so effects throw EACCES)", async () => {
    const locked = join(inputs.dir, "locked");
    const lockedFile = join(inputs.dir, "locked-file.txt");
    const eacces = (p: string) => Object.assign(new Error(`EACCES: permission denied, scandir '${p}'`), { code: "EACCES" });
    const fx: IngestEffects = {
      ...defaultIngestEffects,
      stat: async (p) =>
        p === locked || p === lockedFile
          ? { isDirectory: () => p === locked, isFile: () => p !== locked, size: 10 }
          : defaultIngestEffects.stat(p),
      readdir: async (p) => {
        if (p === locked) throw eacces(p);
        return defaultIngestEffects.readdir(p);
      },
      readFile: async (p) => {
        if (p === lockedFile) throw eacces(p);
        return defaultIngestEffects.readFile(p);
      },
    };
    const { articles, rejected } = await loadInputs([locked, lockedFile, ...inputs.good], OFFLINE, fx);
    assert.equal(articles.length, 2);
    assert.deepEqual(rejected, [
      { path: locked, reason: "cannot list folder: permission denied" },
      { path: lockedFile, reason: "cannot read: permission denied" },
    ]);
  });

  it("reliability: a reader that throws anything (not an Error) still yields a named rejection", async () => {
    const fx: IngestEffects = {
      ...defaultIngestEffects,
      readFile: async (p) => {
        if (p.endsWith("harbor-a.txt")) throw "disk on fire";
        return defaultIngestEffects.readFile(p);
      },
    };
    const { articles, rejected } = await loadInputs(inputs.good, OFFLINE, fx);
    assert.equal(articles.length, 1);
    assert.match(rejected[0]?.path ?? "", /harbor-a\.txt$/);
    assert.match(rejected[0]?.reason ?? "", /disk on fire/);
  });
});

describe("reliability: size and count limits", () => {
  it("reliability: a 50 MB text file is refused by size by default and read when --max-bytes allows it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-big-"));
    const big = writeBigFile(dir, "big.txt", 50 * 1024 * 1024);
    const small = writeBadInputs(join(dir, "small")).good;
    const refused = await loadInputs([big, ...small], OFFLINE);
    assert.equal(refused.articles.length, 2);
    assert.equal(refused.rejected.length, 1);
    assert.equal(refused.rejected[0]?.path, big);
    assert.match(refused.rejected[0]?.reason ?? "", /too large \(52428800 bytes; the limit is \d+, set with --max-bytes\)/);
    const allowed = await loadInputs([big], normalizeOptions({ offline: true, maxFileBytes: 60 * 1024 * 1024 }));
    assert.deepEqual(allowed.rejected, []);
    assert.equal(allowed.articles[0]?.body.length, 50 * 1024 * 1024);
    rmSync(dir, { recursive: true, force: true });
  });

  it("reliability: a folder of 10,000 files loads on the default limits; --max-files names each one left out", async () => {
    const dir = writeManyFiles(mkdtempSync(join(tmpdir(), "parallax-many-")), 10_000);
    const all = await loadInputs([dir], normalizeOptions());
    assert.equal(all.articles.length, 10_000);
    assert.deepEqual(all.rejected, []);
    assert.equal(new Set(all.articles.map((a) => a.id)).size, 10_000);
    const capped = await loadInputs([dir], normalizeOptions({ maxFiles: 100 }));
    assert.equal(capped.articles.length, 100);
    assert.equal(capped.rejected.length, 9_900);
    for (const r of capped.rejected) assert.match(r.reason, /over the limit of 100 inputs \(set with --max-files\)/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("reliability: HTML and feeds", () => {
  const dir = mkdtempSync(join(tmpdir(), "parallax-markup-"));

  it("reliability: HTML nested 10,000 levels deep is read without a stack overflow", async () => {
    const path = join(dir, "deep.html");
    writeFileSync(path, makeNestedHtml(10_000));
    const { articles, rejected } = await loadInputs([path], OFFLINE);
    assert.equal(articles.length + rejected.length, 1);
    if (articles[0]) assert.match(articles[0].body, /harbor authority/);
    else assert.match(rejected[0]?.reason ?? "", /deep|nest/);
  });

  it("reliability: a huge feed (5,000 items) is read up to the item limit, with the rest of the batch", async () => {
    const path = join(dir, "huge.rss");
    writeFileSync(path, makeFeed(5_000));
    const good = writeBadInputs(join(dir, "more")).good;
    const { articles, rejected } = await loadInputs([path, ...good], normalizeOptions({ offline: true, feedLimit: 25 }));
    assert.deepEqual(rejected, []);
    assert.equal(articles.length, 25 + 2);
  });

  it("reliability: an XML entity bomb in a feed does not expand into memory", async () => {
    const path = join(dir, "bomb.rss");
    const defs = ['<!ENTITY a0 "harbor bridge repairs harbor bridge repairs">'];
    for (let i = 1; i <= 9; i++) defs.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
    writeFileSync(
      path,
      `<?xml version="1.0"?>\n<!DOCTYPE rss [${defs.join("")}]>\n<rss version="2.0"><channel><title>Bomb</title><item><title>t</title><description>&a9;</description></item></channel></rss>`,
    );
    const before = process.memoryUsage().rss;
    const { articles, rejected } = await loadInputs([path], OFFLINE);
    const grown = process.memoryUsage().rss - before;
    assert.equal(articles.length + rejected.length >= 1, true);
    for (const a of articles) assert.ok(a.body.length < 10_000_000, `entity expanded to ${a.body.length} chars`);
    assert.ok(grown < 1_000_000_000, `rss grew by ${grown} bytes`);
  });
});

describe("reliability: URLs to private networks", () => {
  it("reliability: loopback, private, link-local and mapped addresses are refused by name; the batch completes", async () => {
    const good = writeBadInputs().good;
    const urls = [
      "http://127.0.0.1:9/article",
      "http://10.1.2.3/article",
      "http://192.168.0.1/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]:8080/",
      "http://[::ffff:127.0.0.1]/",
      "http://0.0.0.0/",
    ];
    const { articles, rejected } = await loadInputs([...urls, ...good], normalizeOptions());
    assert.equal(articles.length, 2);
    for (const url of urls) {
      const r = rejected.find((x) => x.path === url);
      assert.ok(r, `${url} was not refused`);
      assert.match(r.reason, /private|loopback|link-local|local|not allowed|refus/i, `${url}: ${r.reason}`);
    }
  });
});
