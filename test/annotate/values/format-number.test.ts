import assert from "node:assert/strict";
import { test } from "node:test";
import { formatNumber } from "../../../src/annotate/values/value-draft.js";

/** What formatNumber promises: Intl's en-US text of the number rounded to 2, 1 or 0 decimals. */
const INTL = [0, 1, 2].map((d) => new Intl.NumberFormat("en-US", { maximumFractionDigits: d }));
function intlText(n: number): string {
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return (INTL[digits] as Intl.NumberFormat).format(Number(n.toFixed(digits)));
}

test("formatNumber: plain figures, grouped thousands, trimmed decimals", () => {
  assert.equal(formatNumber(2.5), "2.5");
  assert.equal(formatNumber(1000), "1,000");
  assert.equal(formatNumber(0.2), "0.2");
  assert.equal(formatNumber(-1234567.891), "-1,234,568");
  assert.equal(formatNumber(12.25), "12.3");
  assert.equal(formatNumber(3), "3");
});

test("formatNumber writes what Intl writes, over edge cases and a seeded sample of magnitudes", () => {
  const values = [0, -0, 0.001, -0.001, 0.005, 9.995, 99.95, 999.5, 1e21, 2.5e22, 1e15 + 0.5, 5e-7, 1 / 3];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let i = 0; i < 20_000; i++) values.push((random() - 0.3) * 10 ** (Math.floor(random() * 26) - 4));
  for (const v of values) assert.equal(formatNumber(v), intlText(v), `for ${v}`);
});
