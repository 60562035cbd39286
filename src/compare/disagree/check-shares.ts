import { formatNumber } from "../../annotate/values/value-draft.js";
import type { Disagreement } from "../../model/disagreement.js";
import type { Doc } from "../../model/doc.js";
import { statedValue } from "./describe-value.js";
import { restatedPairs } from "./restated-pairs.js";

/** Between a share and its restatement: "one-fifth (20%)", "45%, or nearly half", "a third — 33% —". */
const RESTATEMENT_GAP = /^\s*(?:\(|,\s*or\s+|or\s+|—\s*|–\s*|-\s+)\s*$/i;
/** Percentage points of slack: writers round "a third" to 30% or 35%. */
const SLACK = 3;

/**
 * Internal inconsistency: a percentage that contradicts the fraction beside it ("two-thirds (45%)").
 */
export function checkShares(doc: Doc): Disagreement[] {
  const out: Disagreement[] = [];
  for (const [a, b] of restatedPairs(doc, RESTATEMENT_GAP)) {
    const kinds = new Set([a.kind, b.kind]);
    if (!(kinds.has("percent") && kinds.has("fraction")) || a.unit !== "%" || b.unit !== "%") continue;
    const overlap = Math.max(a.low, b.low) - Math.min(a.high, b.high);
    if (overlap <= SLACK) continue;
    const evidence = [{ source: doc.article.id, start: a.sentenceStart, end: a.sentenceEnd }];
    const fraction = a.kind === "fraction" ? a : b;
    out.push({
      id: "",
      kind: "internal",
      slot: "percentage and fraction",
      positions: [a, b].map((v) => ({ value: v.text, normalized: `${formatNumber(statedValue(v))}%`, sources: [doc.article.id], evidence })),
      severity: "conflict",
      explanation: `${doc.article.outlet ?? "The article"} gives ${a.text} and ${b.text} for the same share, but ${fraction.text.replace(/^(?:about|around|nearly|almost|roughly)\s+/i, "")} is ${formatNumber(statedValue(fraction))}%.`,
    });
  }
  return out;
}
