import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { scorePolnear } from "../../../eval/lib/quotes-run.js";

const DIR = join(import.meta.dirname, "../../../../shared/data/attribution/polnear-dev/dev");

/**
 * Quality gate on gold data: the first 12 PolNeAR dev articles (the full set is `npm run eval:quotes`).
 * Floors sit a little under the measured figures and only move up.
 */
test("quotes: quality gate on PolNeAR dev (first 12 articles)", { skip: existsSync(DIR) ? false : `no gold data at ${DIR}` }, () => {
  const { score } = scorePolnear(DIR, 12);
  const precision = score.systemCorrect / score.system;
  const recall = score.goldFound / score.gold;
  const speaker = score.speakerCorrect / score.withSource;
  assert.ok(precision >= 0.88, `direct-quote precision ${precision.toFixed(3)} < 0.88`);
  assert.ok(recall >= 0.85, `direct-quote recall ${recall.toFixed(3)} < 0.85`);
  assert.ok(speaker >= 0.83, `speaker accuracy ${speaker.toFixed(3)} < 0.83`);
});
