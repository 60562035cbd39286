import assert from "node:assert/strict";
import { it } from "node:test";
import { mapWithLimit } from "../../../src/ingest/fetch/map-with-limit.js";

it("fetch: mapWithLimit never runs more than the limit at once and keeps input order", async () => {
  let inFlight = 0;
  let most = 0;
  const out = await mapWithLimit([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setImmediate(r));
    for (let i = 0; i < n; i++) await Promise.resolve();
    inFlight--;
    return n * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30, 0, 60]);
  assert.ok(most <= 3 && most >= 2, `at most 3 in flight, saw ${most}`);
});
