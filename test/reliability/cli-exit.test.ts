/**
 * The command line on a batch with broken inputs: each skipped input named on stderr with the reason,
 * the briefing of the rest on stdout, exit status 1; 2 for a usage error.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, it } from "node:test";
import { BriefingSchema } from "../../src/model/briefing.js";
import { BAD_EXPECTATIONS, writeBadInputs } from "../fixtures/bad/make-bad-inputs.js";

const ROOT = new URL("../../", import.meta.url).pathname;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("reliability: parallax brief with broken inputs", () => {
  const inputs = writeBadInputs();
  const missing = join(inputs.dir, "missing.txt");
  const run = cli(["brief", inputs.dir, missing, "--offline", "--format", "json"]);

  it("reliability: exits 1 when an input was skipped and still briefs the rest", () => {
    assert.equal(run.code, 1, run.err);
    const briefing = BriefingSchema.parse(JSON.parse(run.out));
    // The two UTF-16 files carry harbor-a's text: folded into it as syndicated copies.
    assert.deepEqual(briefing.sources.map((s) => s.id).sort(), ["harbor-a", "harbor-b"]);
    const copies = briefing.sources.flatMap((s) => s.alsoCarriedBy ?? []).map((p) => p.split("/").pop());
    assert.deepEqual(copies.sort(), ["utf16be.txt", "utf16le.txt"]);
    assert.equal(briefing.rejected.length, Object.keys(BAD_EXPECTATIONS).length + 1);
  });

  it("reliability: stderr names each skipped input with its reason, one line each", () => {
    const lines = run.err.trim().split("\n");
    for (const [name, reason] of Object.entries(BAD_EXPECTATIONS)) {
      const line = lines.find((l) => l.includes(`"${inputs.bad[name]}"`));
      assert.ok(line, `no stderr line names ${name}:\n${run.err}`);
      assert.match(line, /^parallax: skipped "/);
      assert.match(line, reason);
    }
    assert.ok(lines.some((l) => l.includes(missing) && /no such file/.test(l)));
  });

  it("reliability: only broken inputs: exit 1 and says nothing was usable", () => {
    const r = cli(["brief", inputs.bad["empty.txt"] ?? "", inputs.bad["document.pdf.txt"] ?? "", "--format", "json"]);
    assert.equal(r.code, 1);
    assert.equal(r.out, "");
    assert.match(r.err, /no usable article/);
  });

  it("reliability: --max-bytes sets the size limit and names it", () => {
    const r = cli(["brief", ...inputs.good, "--max-bytes", "500", "--format", "json"]);
    assert.equal(r.code, 1);
    assert.match(r.err, /harbor-a\.txt": too large \(\d+ bytes; the limit is 500, set with --max-bytes\)/);
    assert.equal(BriefingSchema.parse(JSON.parse(r.out)).sources.length, 1);
  });

  it("reliability: a bad limit value is a usage error (exit 2)", () => {
    for (const flag of ["--max-bytes", "--max-files"]) {
      const r = cli(["brief", ...inputs.good, flag, "lots"]);
      assert.equal(r.code, 2, `${flag}: ${r.err}`);
      assert.match(r.err, new RegExp(`${flag} takes a positive whole number`));
    }
  });
});
