import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { annotateValues } from "../../../src/annotate/values/index.js";
import { findDisagreements } from "../../../src/compare/find-disagreements.js";
import { compareSlotValues } from "../../../src/compare/disagree/compare-slot-values.js";
import { findTitleConflicts } from "../../../src/compare/disagree/find-title-conflicts.js";
import { valuePair } from "../../../src/compare/disagree/located-value.js";
import { locateValues } from "../../../src/compare/disagree/pair-values.js";
import { normalizeOptions } from "../../../src/config/options.js";
import type { Entity } from "../../../src/model/entity.js";
import { assertGolden } from "../../golden.js";
import { docOf } from "../../annotate/values/doc-of.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/disagree-cases");

interface Case {
  name: string;
  expect: { kinds: string[]; severities: string[] };
  docs: Array<{ id: string; text: string; published?: string }>;
}

const cases = JSON.parse(readFileSync(join(FIXTURES, "input.json"), "utf8")) as Case[];

function run(c: Case) {
  const docs = c.docs.map((d) => annotateValues(docOf(d.text, d.id, d.published), normalizeOptions()));
  return { docs, found: findDisagreements(docs, [], []) };
}

describe("disagreements: one case per slot-matching rule", () => {
  for (const c of cases) {
    it(c.name, () => {
      const { found } = run(c);
      assert.deepEqual(found.map((d) => d.kind), c.expect.kinds);
      assert.deepEqual(found.map((d) => d.severity), c.expect.severities);
      for (const d of found) {
        assert.ok(d.positions.length >= 2, "a disagreement has at least two readings");
        assert.ok(d.explanation.length > 0);
        if (d.kind !== "internal") {
          const sources = new Set(d.positions.flatMap((p) => p.sources));
          assert.ok(sources.size >= 2, "a disagreement between sources cites at least two");
        }
      }
    });
  }

  it("matches the golden output (slots, readings, evidence, explanations)", () => {
    const out = cases.map((c) => {
      const { docs, found } = run(c);
      return {
        name: c.name,
        disagreements: found.map((d) => ({
          ...d,
          positions: d.positions.map((p) => ({
            ...p,
            cited: p.evidence.map((e) => docs.find((x) => x.article.id === e.source)!.article.text.slice(e.start, e.end)),
          })),
        })),
      };
    });
    assertGolden(join(FIXTURES, "expected.json"), out);
  });
});

describe("disagreements: titles", () => {
  const entity = (roles: Array<[string, string]>): Entity => ({
    id: "e1", name: "Mara Lind", type: "person", forms: ["Mara Lind"], sources: ["a", "b"], mentions: [],
    roles: roles.map(([title, source]) => ({ title, source, evidence: { source, start: 0, end: 10 } })),
    rolesDiffer: true,
  });

  it("different offices are a conflict", () => {
    const [d] = findTitleConflicts([entity([["Defence Minister", "a"], ["Prime Minister", "b"]])]);
    assert.equal(d?.severity, "conflict");
  });

  it("two words for one office are only a spelling difference", () => {
    const [d] = findTitleConflicts([entity([["Foreign Minister", "a"], ["Foreign Secretary", "b"]])]);
    assert.equal(d?.severity, "spelling");
  });

  it("descriptions that are not offices are left alone", () => {
    assert.deepEqual(findTitleConflicts([entity([["presidential aide", "a"], ["foreign policy adviser", "b"]])]), []);
  });
});

describe("disagreements: which conflict a slot shows", () => {
  it("shows the best-attested conflict, not the widest, when looser pairs join the group", () => {
    const texts = {
      a: "Rescuers pulled 12 miners from the shaft on Monday.",
      b: "Rescuers pulled 14 miners from the shaft on Monday.",
      c: "In another province 40 miners were trapped last year.",
    };
    const docs = Object.entries(texts).map(([id, text]) => annotateValues(docOf(text, id), normalizeOptions()));
    const v = locateValues(docs).filter((x) => x.value.kind === "count");
    const [a, b, c] = ["a", "b", "c"].map((id) => v.find((x) => x.source === id)!);
    const [d] = compareSlotValues(docs, [valuePair(a!, b!, 5), valuePair(b!, c!, 1)]);
    const readings = d?.positions.map((p) => p.normalized) ?? [];
    assert.ok(readings.includes("12 miner") && readings.includes("14 miner"), readings.join(", "));
    assert.match(d?.explanation ?? "", /12.*14|14.*12/);
  });
});
