import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { briefFiles } from "../../src/index.js";

const SENTENCE_KINDS = new Set(["opinion", "analysis", "address", "first-person", "speculation"]);

describe("opinion never becomes fact", () => {
  it("align: no fact, summary line or consensus item cites a sentence marked as the outlet's opinion", async () => {
    const b = await briefFiles([new URL("../../examples/alaska-summit", import.meta.url).pathname]);
    const marks = b.opinion.filter((o) => SENTENCE_KINDS.has(o.kind));
    assert.ok(marks.length > 0, "the example has an opinion column: expected marks");
    const cites = [...b.facts.flatMap((f) => f.evidence), ...b.summary.flatMap((s) => s.citations), ...b.consensus.flatMap((f) => f.evidence)];
    for (const c of cites) {
      const hit = marks.find((o) => o.source === c.source && o.evidence.start < c.end && o.evidence.end > c.start);
      assert.equal(hit, undefined, `cited opinion: ${JSON.stringify(c)}`);
    }
  });
});
