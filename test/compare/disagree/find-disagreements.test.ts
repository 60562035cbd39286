import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { annotateValues } from "../../../src/annotate/values/index.js";
import { findDisagreements } from "../../../src/compare/find-disagreements.js";
import { findTitleConflicts } from "../../../src/compare/disagree/find-title-conflicts.js";
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
