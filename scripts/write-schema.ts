/**
 * Publish the briefing's JSON Schema (the `--format json` contract) from the same zod definitions the
 * code validates with: `npm run schema` writes schema/briefing.schema.json; `--check` only compares
 * and exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { BriefingSchema } from "../src/model/briefing.js";

export const SCHEMA_PATH = new URL("../schema/briefing.schema.json", import.meta.url).pathname;

/** The JSON Schema text for a Briefing, as committed (2-space indent, trailing newline). */
export function renderBriefingSchema(): string {
  const schema = z.toJSONSchema(BriefingSchema, { target: "draft-2020-12", io: "output" });
  const published = {
    $schema: schema.$schema,
    $id: "https://parallax.invalid/schema/briefing.schema.json",
    title: "Parallax briefing",
    description: "A triangulated, cited briefing of many outlets' reports of one event (parallax brief --format json).",
    ...schema,
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = renderBriefingSchema();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(SCHEMA_PATH, "utf8");
    } catch {}
    if (current !== text) {
      process.stderr.write(`${SCHEMA_PATH} is out of date; run npm run schema\n`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(SCHEMA_PATH, text);
    process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
  }
}
