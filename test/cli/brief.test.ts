import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, it } from "node:test";
import { BriefingSchema, type Briefing } from "../../src/model/briefing.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const EXAMPLE = "examples/alaska-summit";

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("parallax brief (end to end on the bundled example)", () => {
  const json = run(["brief", EXAMPLE, "--format", "json"]);
  const briefing: Briefing = BriefingSchema.parse(JSON.parse(json.out));

  it("cli: exits 0 and the JSON validates against the schema", () => {
    assert.equal(json.code, 0, json.err);
    assert.equal(briefing.sources.length, 5);
  });

  it("cli: the summary says the event ended without a ceasefire, citing at least three sources", () => {
    const line = briefing.summary.find((s) => /cease-?fire/i.test(s.text) && /without|no /i.test(s.text));
    assert.ok(line, `no summary sentence about the missing ceasefire: ${briefing.summary.map((s) => s.text).join(" | ")}`);
    assert.ok(new Set(line.citations.map((c) => c.source)).size >= 3, `cited ${line.citations.length} sources`);
  });

  it("cli: consensus holds a fact four or more outlets share; unique facts have one source", () => {
    assert.ok(briefing.consensus.some((f) => f.sources.length >= 4));
    assert.ok(briefing.unique.length > 0);
    for (const f of briefing.unique) assert.equal(f.sources.length, 1);
  });

  it("cli: every citation points at real text of its source", () => {
    const texts = new Map(briefing.sources.map((s) => [s.id, s.text]));
    const cites = [
      ...briefing.summary.flatMap((s) => s.citations),
      ...briefing.facts.flatMap((f) => f.evidence),
    ];
    for (const c of cites) {
      const text = texts.get(c.source);
      assert.ok(text !== undefined, `unknown source ${c.source}`);
      assert.ok(c.start >= 0 && c.end <= text.length && c.end > c.start);
      assert.ok(text.slice(c.start, c.end).trim().length > 0);
    }
    for (const s of briefing.summary) assert.ok(s.citations.some((c) => texts.get(c.source)?.slice(c.start, c.end) === s.text));
  });

  it("cli: no scraped junk line appears anywhere in the briefing's statements", () => {
    const dropped = briefing.sources.flatMap((s) => s.dropped.map((d) => d.text.trim())).filter((t) => t.length > 3);
    assert.ok(dropped.length >= 3, "the scraped source should have junk lines dropped");
    const statements = [...briefing.summary.map((s) => s.text), ...briefing.facts.map((f) => f.text)].join("\n");
    for (const junk of dropped) assert.ok(!statements.includes(junk), `junk "${junk}" in the briefing`);
  });

  it("cli: markdown is the default format and has the summary and sources", () => {
    const md = run(["brief", EXAMPLE]);
    assert.equal(md.code, 0);
    assert.match(md.out, /^# Parallax briefing/);
    assert.match(md.out, /## Summary/);
    assert.match(md.out, /## Sources/);
  });

  it("cli: a bad input is named on stderr, the rest is briefed, exit status 1", () => {
    const r = run(["brief", EXAMPLE, "does-not-exist.txt", "--format", "json"]);
    assert.equal(r.code, 1);
    assert.match(r.err, /does-not-exist\.txt.*no such file/);
    assert.equal(JSON.parse(r.out).sources.length, 5);
  });

  it("cli: --reference-date resolves weekdays of undated articles to calendar days", () => {
    const r = run(["brief", EXAMPLE, "--format", "json", "--reference-date", "2030-06-15"]);
    assert.equal(r.code, 0, r.err);
    const days = (JSON.parse(r.out) as Briefing).timeline.map((t) => t.time.iso ?? "").filter((d) => /^2030-06-\d\d$/.test(d));
    assert.ok(days.length > 0, "no weekday resolved against the reference date");
    // A weekday is the one in the week around the reference ("on Monday" after a Friday summit is the next one).
    for (const d of days) assert.ok(d >= "2030-06-08" && d <= "2030-06-22", `${d} is not within a week of the reference date`);
    assert.equal(run(["brief", EXAMPLE, "--reference-date", "soon"]).code, 2);
  });

  it("cli: usage errors exit 2", () => {
    assert.equal(run(["brief", EXAMPLE, "--format", "pdf"]).code, 2);
    assert.equal(run(["brief"]).code, 2);
    assert.equal(run(["frobnicate"]).code, 2);
  });

  it("cli: --help works on every command", () => {
    for (const args of [["--help"], ["brief", "--help"], ["inspect", "--help"]]) {
      const r = run(args);
      assert.equal(r.code, 0);
      assert.match(r.out, /Usage: parallax/);
    }
  });

  it("cli: reads one article from stdin with -", () => {
    const r = run(["brief", "-", "--format", "json"], "The council voted to repair the bridge on Tuesday. The mayor welcomed it.");
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).sources[0].id, "stdin");
  });
});

describe("parallax inspect", () => {
  it("cli: shows cleaned text, dropped lines and sentences with offsets", () => {
    const r = run(["inspect", `${EXAMPLE}/000_a31687a6fbba120a.txt`, "--format", "json"]);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out);
    assert.ok(doc.article.dropped.length >= 3);
    for (const s of doc.sentences) assert.equal(doc.article.text.slice(s.start, s.end), s.text);
    const md = run(["inspect", `${EXAMPLE}/000_a31687a6fbba120a.txt`]);
    assert.match(md.out, /## Dropped by cleaning/);
  });
});
