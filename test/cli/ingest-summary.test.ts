import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatIngestSummary } from "../../src/cli/commands/ingest.js";
import type { IngestSummary } from "../../src/stream/ingest-articles.js";

const base: IngestSummary = { stored: 4, newStories: 2, copies: 1, duplicates: 3, merges: 0, moves: 0, splits: 0, failed: [] };

describe("cli: the ingest summary line", () => {
  it("says what was new, duplicate, copied and failed, with the reasons", () => {
    const line = formatIngestSummary({ ...base, failed: [{ path: "x.bin", reason: "binary file" }] }, 5);
    assert.equal(line, "parallax: ingest: 4 new (2 new stories), 3 duplicate, 1 syndicated copy, 1 failed: x.bin (binary file); 5 stories in the store\n");
  });

  it("names how settling reshaped stories only when it did", () => {
    const line = formatIngestSummary({ ...base, merges: 2, moves: 1, splits: 1 }, 1);
    assert.match(line, /\(2 new stories, 2 merged, 1 moved, 1 split\)/);
    assert.match(line, /1 story in the store/);
  });
});
