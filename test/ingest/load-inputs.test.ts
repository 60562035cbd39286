import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import { loadInputs } from "../../src/ingest/load-inputs.js";

const ARTICLE = "The city council voted on Tuesday to fund repairs to the harbor bridge. The mayor welcomed the vote.\n";

function tempTree(): string {
  const dir = mkdtempSync(join(tmpdir(), "parallax-ingest-"));
  mkdirSync(join(dir, "sub"));
  writeFileSync(join(dir, "a.txt"), ARTICLE);
  writeFileSync(join(dir, "sub", "b.txt"), ARTICLE.replace("Tuesday", "Monday"));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "blank.txt"), "  \n\t\n");
  writeFileSync(join(dir, "doc.txt"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0x01]));
  writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, ".hidden.txt"), ARTICLE);
  return dir;
}

describe("loadInputs", () => {
  it("ingest: walks folders, takes article files, ids from file names", async () => {
    const dir = tempTree();
    const { articles } = await loadInputs([dir], normalizeOptions());
    assert.deepEqual(articles.map((a) => a.id).sort(), ["a", "b"]);
    assert.equal(articles.find((a) => a.id === "a")?.body, ARTICLE);
  });

  it("ingest: names each unusable file with the reason and still loads the rest", async () => {
    const dir = tempTree();
    const { articles, rejected } = await loadInputs([dir, join(dir, "missing.txt")], normalizeOptions());
    assert.equal(articles.length, 2);
    const why = new Map(rejected.map((r) => [r.path.split("/").pop(), r.reason]));
    assert.match(why.get("empty.txt") ?? "", /empty/);
    assert.match(why.get("blank.txt") ?? "", /white space/);
    assert.match(why.get("doc.txt") ?? "", /PDF/);
    assert.match(why.get("missing.txt") ?? "", /no such file/);
  });

  it("ingest: the same file given twice is read once and reported", async () => {
    const dir = tempTree();
    const file = join(dir, "a.txt");
    const { articles, rejected } = await loadInputs([file, file], normalizeOptions());
    assert.equal(articles.length, 1);
    assert.match(rejected[0]?.reason ?? "", /more than once/);
  });

  it("ingest: a file over the size limit is refused with the limit named", async () => {
    const dir = tempTree();
    const { rejected } = await loadInputs([join(dir, "a.txt")], normalizeOptions({ maxFileBytes: 10 }));
    assert.match(rejected[0]?.reason ?? "", /too large .*limit is 10/);
  });

  it("ingest: UTF-16 with a BOM is decoded", async () => {
    const dir = tempTree();
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")]);
    writeFileSync(join(dir, "utf16.txt"), bytes);
    const { articles } = await loadInputs([join(dir, "utf16.txt")], normalizeOptions());
    assert.equal(articles[0]?.body, ARTICLE);
  });

  it("ingest: an article in another language is reported, not analysed", async () => {
    const dir = tempTree();
    writeFileSync(
      join(dir, "de.txt"),
      "Der Stadtrat hat am Dienstag beschlossen, die Reparatur der Hafenbrücke zu bezahlen. Der Bürgermeister begrüßte die Entscheidung und sagte, die Arbeiten würden zwei Jahre dauern.",
    );
    const { articles, rejected } = await loadInputs([join(dir, "de.txt")], normalizeOptions());
    assert.equal(articles.length, 0);
    assert.match(rejected[0]?.reason ?? "", /not English/);
  });
});
