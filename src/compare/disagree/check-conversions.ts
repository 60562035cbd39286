import { formatNumber } from "../../annotate/values/value-draft.js";
import { findUnit } from "../../annotate/values/units.js";
import type { Disagreement } from "../../model/disagreement.js";
import type { Doc } from "../../model/doc.js";
import type { ValueMention } from "../../model/value.js";
import { statedValue } from "./describe-value.js";
import { restatedPairs } from "./restated-pairs.js";

/** Between a value and its conversion: "1,000 kilometres (680 miles)", "5 miles, or 8 km". */
const CONVERSION_GAP = /^\s*(?:\(|,\s*or\s+|or\s+|\/\s*)\s*(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;
const CONVERTIBLE = new Set(["distance", "duration"]);

/** The written unit of a value ("miles"), read from its text. */
function writtenUnit(v: ValueMention): string {
  const m = /([a-z%]+)\s*$/i.exec(v.text);
  return m?.[1]?.toLowerCase() ?? "";
}

/** Half the last significant digit, as a share: "680" is good to ±5 (0.7%), "8" to ±0.5 (6%). */
function roundingShare(text: string, n: number): number {
  const digits = /([\d,]+(?:\.\d+)?)/.exec(text)?.[1]?.replace(/,/g, "") ?? "";
  if (!digits || n === 0) return 0.05;
  const decimals = digits.includes(".") ? digits.split(".")[1]!.length : 0;
  const trailingZeros = decimals ? 0 : (/0+$/.exec(digits)?.[0].length ?? 0);
  const step = decimals ? 10 ** -decimals : 10 ** trailingZeros;
  return step / 2 / n;
}

/**
 * Internal inconsistency: a unit conversion in parentheses that does not hold. "at least 1,000
 * kilometres (680 miles)": 1,000 km is about 621 miles.
 */
export function checkConversions(doc: Doc): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [a, b] of restatedPairs(doc, CONVERSION_GAP)) {
    if (!CONVERTIBLE.has(a.kind) || a.kind !== b.kind || a.unit !== b.unit) continue;
    const unitA = findUnit(writtenUnit(a));
    const unitB = findUnit(writtenUnit(b));
    if (!unitA || !unitB || unitA.factor === unitB.factor) continue;
    const sa = statedValue(a);
    const sb = statedValue(b);
    const bOf = (n: number) => n / unitB.factor;
    const tolerance = Math.max(0.03, roundingShare(b.text, bOf(sb)));
    if (Math.abs(sa - sb) / Math.max(sa, sb) <= tolerance) continue;
    const evidence = [{ source: doc.article.id, start: a.sentenceStart, end: a.sentenceEnd }];
    out.push({
      id: "",
      kind: "internal",
      slot: "unit conversion",
      positions: [
        { value: a.text, normalized: `${formatNumber(bOf(sa))} ${writtenUnit(b)}`, sources: [doc.article.id], evidence },
        { value: b.text, normalized: `${formatNumber(bOf(sb))} ${writtenUnit(b)}`, sources: [doc.article.id], evidence },
      ],
      severity: "conflict",
      explanation: `${doc.article.outlet ?? "The article"} converts ${a.text} to ${b.text}, but ${a.text.replace(/^(?:at least|about|around|nearly|more than|roughly)\s+/i, "")} is about ${formatNumber(bOf(sa))} ${writtenUnit(b)}.`,
    });
  }
  return out;
}
