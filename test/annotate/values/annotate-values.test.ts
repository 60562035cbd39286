import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { annotateValues } from "../../../src/annotate/values/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import { assertGolden } from "../../golden.js";
import { docOf } from "./doc-of.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/values-kinds");

const valuesOf = (text: string, published?: string, referenceDate?: string) =>
  annotateValues(docOf(text, "t", published), normalizeOptions(referenceDate ? { referenceDate } : {})).values;

const round = (n: number) => Math.round(n * 1000) / 1000;

describe("values: golden file per value type", () => {
  const input = JSON.parse(readFileSync(join(FIXTURES, "input.json"), "utf8")) as Record<string, string[]>;
  it("extracts each type with its range, unit and slot", () => {
    const out: Record<string, unknown> = {};
    for (const [kind, texts] of Object.entries(input)) {
      out[kind] = texts.map((text) => ({
        text,
        values: valuesOf(text).map((v) => ({
          text: v.text, kind: v.kind, unit: v.unit, low: round(v.low), high: round(v.high), approx: v.approx,
          ...(v.precision ? { precision: v.precision } : {}), slot: v.slot,
        })),
      }));
    }
    assertGolden(join(FIXTURES, "expected.json"), out);
  });
});

describe("values: rules", () => {
  it("turns hedges into ranges: about 2.5 hours and nearly three hours overlap", () => {
    const [a] = valuesOf("The talks lasted about 2.5 hours.");
    const [b] = valuesOf("The talks lasted nearly three hours.");
    assert.ok(a && b);
    assert.deepEqual([a.low, a.high], [2.25, 2.75]);
    assert.ok(b.low < a.high && a.low < b.high);
  });

  it("reads number words: two and a half hours is 2.5 hours", () => {
    const [v] = valuesOf("It took two and a half hours.");
    assert.equal(v?.kind, "duration");
    assert.equal(v?.low, 2.5);
  });

  it('does not read "sat down" as Saturday nor "for around 2.5 hours" as a time', () => {
    const vs = valuesOf("The leaders sat down after meeting for around 2.5 hours.", "2024-05-10");
    assert.deepEqual(vs.map((v) => v.kind), ["duration"]);
  });

  it("resolves a weekday against the publication date, and keeps it a weekday without one", () => {
    const [dated] = valuesOf("The vote took place on Friday.", "2024-05-12T09:00:00Z");
    assert.equal(dated?.precision, "day");
    assert.equal(new Date(dated!.low * 86_400_000).toISOString().slice(0, 10), "2024-05-10");
    const [bare] = valuesOf("The vote took place on Friday.");
    assert.equal(bare?.precision, "weekday");
    assert.equal(bare?.low, 5);
  });

  it('resolves "last year" only when there is a reference date', () => {
    assert.equal(valuesOf("Exports fell last year.").filter((v) => v.kind === "date").length, 0);
    const [v] = valuesOf("Exports fell last year.", undefined, "2023-06-01");
    assert.equal(v?.precision, "year");
  });

  it("normalizes units: miles to km, minutes to hours", () => {
    const [m] = valuesOf("The road runs 10 miles.");
    assert.equal(round(m!.low), 16.093);
    const [h] = valuesOf("The session ran 90 minutes.");
    assert.equal(h?.low, 1.5);
  });

  it('a "three-hour meeting" and "the talks lasted" share the slot meeting/duration', () => {
    const [a] = valuesOf("Their three-hour meeting ended without a deal.");
    const [b] = valuesOf("The talks lasted about two and a half hours.");
    assert.deepEqual(a?.slot, { subject: "meeting", predicate: "duration" });
    assert.deepEqual(b?.slot, a?.slot);
  });

  it('keeps "next" on the slot: the next meeting is a different meeting', () => {
    const [v] = valuesOf("The next meeting will last two hours.");
    assert.notDeepEqual(v?.slot, { subject: "meeting", predicate: "duration" });
  });

  it("warns, as data, when weekdays cannot be resolved", () => {
    const doc = annotateValues(docOf("They met on Friday."), normalizeOptions());
    assert.equal(doc.warnings[0]?.rule, "values/unresolved-weekday");
  });
});
