import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { BriefingSchema } from "../../src/model/briefing.js";
import { renderBriefingSchema, SCHEMA_PATH } from "../../scripts/write-schema.js";
import { checkJsonSchema } from "./check-json-schema.js";

const ROOT = new URL("../../", import.meta.url).pathname;

describe("schema: the published briefing JSON Schema", () => {
  const committed = readFileSync(SCHEMA_PATH, "utf8");
  const schema = JSON.parse(committed) as Record<string, unknown>;
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "brief", "examples/alaska-summit", "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });

  it("schema: schema/briefing.schema.json is what npm run schema generates from BriefingSchema", () => {
    assert.equal(committed, renderBriefingSchema(), "schema/briefing.schema.json is stale: run npm run schema");
  });

  it("schema: the CLI's --format json on the example validates against the zod schema", () => {
    assert.equal(run.status, 0, run.stderr);
    const parsed = BriefingSchema.safeParse(JSON.parse(run.stdout));
    assert.ok(parsed.success, parsed.success ? "" : parsed.error.message);
    assert.equal(parsed.data.sources.length, 5);
  });

  it("schema: the same output validates against the published JSON Schema file", () => {
    assert.deepEqual(checkJsonSchema(schema, JSON.parse(run.stdout)), []);
  });

  it("schema: the published schema rejects a briefing with a broken citation", () => {
    const briefing = JSON.parse(run.stdout) as { summary: Array<{ citations: Array<Record<string, unknown>> }> };
    const cite = briefing.summary[0]?.citations[0];
    assert.ok(cite, "the example's summary has no citation");
    cite.start = -1;
    delete cite.source;
    const problems = checkJsonSchema(schema, briefing);
    assert.ok(problems.some((p) => /missing "source"/.test(p)), problems.join("\n"));
    assert.ok(problems.some((p) => /-1 < 0/.test(p)), problems.join("\n"));
  });
});
