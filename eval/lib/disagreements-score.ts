import type { Disagreement } from "../../src/model/disagreement.js";

/** Where a value sits in a source's cleaned text. */
export interface Located {
  source: string;
  offset: number;
}

/** Find a raw-body offset again in the cleaned text, by the words around it. */
export function locateInCleaned(raw: string, rawAt: number, valueText: string, cleaned: string): number | undefined {
  for (const width of [40, 24, 12]) {
    const left = raw.slice(Math.max(0, rawAt - width), rawAt).replace(/\s+/g, " ").trimStart();
    const right = raw.slice(rawAt + valueText.length, rawAt + valueText.length + width).replace(/\s+/g, " ").trimEnd();
    for (const probe of [`${left}${valueText}`, `${valueText}${right}`]) {
      const flat = cleaned.replace(/\s/g, " ");
      const i = flat.indexOf(probe);
      if (i >= 0 && flat.indexOf(probe, i + 1) < 0) return probe.startsWith(valueText) ? i : i + left.length;
    }
  }
  return undefined;
}

const covers = (d: Disagreement["positions"][number], at: Located) =>
  d.evidence.some((c) => c.source === at.source && c.start <= at.offset && at.offset < c.end);

/**
 * A perturbation is found when one disagreement cites the kept value's sentence in one position and
 * the changed value's sentence in another.
 */
export function findDetection(ds: readonly Disagreement[], kept: Located, changed: Located): Disagreement | undefined {
  return ds.find((d) =>
    d.kind !== "internal" &&
    d.positions.some((p, i) => covers(p, kept) && d.positions.some((q, j) => j !== i && covers(q, changed))),
  );
}
