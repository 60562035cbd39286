import type { ValueKind, ValueMention } from "../../model/value.js";

/** A value found by one rule; `slot` only when the rule itself knows it (a person's age). */
export type ValueDraft = Omit<ValueMention, "sentenceStart" | "sentenceEnd">;

/** Canonical kinds that can be compared with each other (a fraction is a share, like a percent). */
export function dimensionOf(v: { kind: ValueKind; unit?: string | undefined; precision?: string | undefined }): string {
  if (v.kind === "fraction" || v.kind === "percent") return v.unit === "pp" ? "percent-points" : "share";
  if (v.kind === "count") return `count:${v.unit ?? ""}`;
  if (v.kind === "money") return `money:${v.unit ?? ""}`;
  // A "March 8" of unknown year still compares with "March 13, 2014" (by month and day).
  if (v.kind === "date") return v.precision === "weekday" ? "weekday" : "date";
  return v.kind;
}

/** True when two spans overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A number written short and plain: 2.5, 1,000, 0.2. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const rounded = Number(n.toFixed(digits));
  return (NUMBER_FORMATS[digits] as Intl.NumberFormat).format(rounded);
}

/** `toLocaleString("en-US", { maximumFractionDigits })` for 0, 1 and 2 digits, built once, not per call. */
const NUMBER_FORMATS = [0, 1, 2].map((d) => new Intl.NumberFormat("en-US", { maximumFractionDigits: d }));
