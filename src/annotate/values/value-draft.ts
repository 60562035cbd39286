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

/**
 * A number written short and plain: 2.5, 1,000, 0.2 (two decimals below 10, one below 100, none
 * above; grouped in thousands). The same text as `toLocaleString("en-US", { maximumFractionDigits })`
 * once the number is rounded, without an ICU formatter: the CLI's start-up snapshot cannot hold one.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e21) return n.toLocaleString("en-US", { maximumFractionDigits: 0 }); // beyond plain digits
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  const rounded = Number(n.toFixed(digits));
  if (Object.is(rounded, -0)) return "-0";
  // Shortest decimal of the rounded number: at most `digits` decimals, no trailing zeros.
  const plain = String(Math.abs(rounded));
  const [whole = "", fraction] = plain.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${rounded < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
