/**
 * The heaviest hostile inputs (npm run test:reliability, not npm test): a 5 MB single line through
 * cleaning and segmentation, a 100 KB line through the whole analysis, HTML nested 100,000 deep, and
 * 10,000 files given to the command line.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cleanArticle } from "../../src/clean/clean-article.js";
import { normalizeOptions } from "../../src/config/options.js";
import { inspectArticle } from "../../src/index.js";
import { loadInputs } from "../../src/ingest/load-inputs.js";
import { BriefingSchema } from "../../src/model/briefing.js";
import { MAX_SENTENCE_CHARS } from "../../src/segment/boundary-rules.js";
import { segmentSentences } from "../../src/segment/segment-sentences.js";
import { makeNestedHtml, makeOneLine, writeManyFiles } from "../fixtures/bad/make-bad-inputs.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const MB = 1024 * 1024;

describe("reliability: heavy inputs", () => {
  it("reliability: a 5 MB single line loads with --max-bytes raised, cleans and segments into bounded sentences", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-line-"));
    const path = join(dir, "line.txt");
    writeFileSync(path, makeOneLine(5 * MB));
    const { articles, rejected } = await loadInputs([path], normalizeOptions({ maxFileBytes: 6 * MB }));
    assert.deepEqual(rejected, []);
    const raw = articles[0];
    assert.ok(raw);
    const article = cleanArticle(raw);
    assert.ok(article.text.length > 4.9 * MB, `cleaning kept ${article.text.length} chars`);
    const seg = segmentSentences(article.text);
    assert.ok(seg.sentences.length >= article.text.length / MAX_SENTENCE_CHARS);
    for (const s of seg.sentences) assert.ok(s.end - s.start <= MAX_SENTENCE_CHARS && s.end <= article.text.length);
    assert.ok(seg.warnings.some((w) => w.rule === "overlong-sentence"));
    assert.ok(seg.tokens.length > 800_000);
    rmSync(dir, { recursive: true, force: true });
  });

  // 100 KB, not 5 MB: the entity and quote annotators are quadratic in the number of name mentions
  // (short-name linking, pronoun antecedents), about 20 s of CPU at 100 KB; reported to their owners.
  it("reliability: a 100 KB single line goes through the whole analysis (every annotator) and stays inside its text", () => {
    const size = 100 * 1024;
    const doc = inspectArticle({ id: "line", path: "line.txt", body: makeOneLine(size) }, normalizeOptions());
    const n = doc.article.text.length;
    assert.ok(n > 0.99 * size);
    for (const s of [...doc.sentences, ...doc.entities, ...doc.quotes, ...doc.values]) assert.ok(s.start >= 0 && s.end <= n);
    assert.ok(doc.sentences.length >= size / MAX_SENTENCE_CHARS, `${doc.sentences.length} sentences`);
    assert.ok(doc.tokens.length > 15_000);
  });

  it("reliability: HTML nested 100,000 levels deep is read or refused by name, without a crash", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-deep-"));
    const path = join(dir, "deep.html");
    writeFileSync(path, makeNestedHtml(100_000));
    const { articles, rejected } = await loadInputs([path], normalizeOptions({ offline: true }));
    assert.equal(articles.length + rejected.length, 1);
    if (articles[0]) assert.match(articles[0].body, /harbor authority/);
    else assert.equal(rejected[0]?.path, path);
  });

  it("reliability: 10,000 files on the command line: --max-files names the ones left out, exit 1, the rest briefed", () => {
    const dir = writeManyFiles(mkdtempSync(join(tmpdir(), "parallax-many-")), 10_000);
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "brief", dir, "--max-files", "40", "--format", "json"], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 256 * MB,
    });
    assert.equal(r.status, 1, r.stderr.slice(0, 2000));
    const skipped = r.stderr.split("\n").filter((l) => /^parallax: skipped ".*article-\d+\.txt": over the limit of 40 inputs/.test(l));
    assert.equal(skipped.length, 9_960);
    const briefing = BriefingSchema.parse(JSON.parse(r.stdout));
    assert.equal(briefing.sources.length + briefing.sources.reduce((n, s) => n + (s.alsoCarriedBy?.length ?? 0), 0), 40);
    rmSync(dir, { recursive: true, force: true });
  });
});
