import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * Compare `actual` with the golden JSON file. A mismatch writes `<name>.actual.json` beside it for
 * review. A missing golden is written only outside CI (and the test then says so); in CI it fails.
 */
export function assertGolden(path: string, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  const actualPath = path.replace(/\.json$/, ".actual.json");
  if (!existsSync(path)) {
    if (process.env.CI) assert.fail(`golden file ${path} is missing; run the tests locally to create it and review it`);
    writeFileSync(path, json);
    return;
  }
  const expected = readFileSync(path, "utf8");
  if (expected !== json) {
    writeFileSync(actualPath, json);
    assert.deepEqual(JSON.parse(json), JSON.parse(expected), `output differs from ${path}; see ${actualPath}`);
  } else if (existsSync(actualPath)) rmSync(actualPath);
}
