import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { createRunner, headline } from "../../eval/lib/disagreements-run.js";

const DIR = join(import.meta.dirname, "../../../shared/data/summarization");

/**
 * Quality gate on the disagreement benchmark: the default sample of `npm run eval:disagreements`
 * (seed 7, 150 validation clusters of Multi-News and of NeuS, values planted by perturbation).
 * Recall of planted disagreements must stay at the goal, and the disagreements reported on the
 * untouched clusters (alarms) must not climb.
 */
test("disagreements: quality gate on the default benchmark sample (seed 7)", { skip: existsSync(DIR) ? false : `no data at ${DIR}` }, () => {
  const run = createRunner({ clusters: 150, maxItems: 400 });
  const score = headline([run(7)]);
  assert.ok(score.planted >= 50, `only ${score.planted} values planted: the benchmark did not build`);
  assert.ok(score.recall >= 0.9, `recall of planted disagreements ${score.recall.toFixed(3)} (${score.found}/${score.planted}) < 0.90`);
  assert.ok(score.alarmsPerCluster <= 0.2, `disagreements per untouched cluster ${score.alarmsPerCluster.toFixed(3)} > 0.2`);
});
