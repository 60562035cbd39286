import { formatNumber } from "../../annotate/values/value-draft.js";
import type { ValueMention } from "../../model/value.js";

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The number a value states before its hedge: "about 2.5 hours" states 2.5. */
export function statedValue(v: Pick<ValueMention, "low" | "high" | "approx">): number {
  switch (v.approx) {
    case "about": return (v.low + v.high) / 2;
    case "nearly": case "less than": case "up to": return v.high;
    case "more than": case "at least": return v.low;
    default: return v.low;
  }
}

function formatAmount(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${formatNumber(n / 1e9)} billion`;
  if (abs >= 1e6) return `${formatNumber(n / 1e6)} million`;
  return formatNumber(n);
}

/** The unit a duration reads best in: 18 seconds, 90 minutes, 2.5 hours, 3 days, 3 years. */
function durationUnit(hours: number): [number, string] {
  if (hours < 1 / 60) return [1 / 3600, "seconds"];
  if (hours < 1) return [1 / 60, "minutes"];
  if (hours <= 48) return [1, "hours"];
  if (hours < 24 * 90) return [24, "days"];
  return [24 * 365.25, "years"];
}

/** A date range as ISO text at its precision ("2022-02", "2025-08-15", "Friday"). */
export function describeDate(v: Pick<ValueMention, "low" | "high" | "precision" | "unit">): string {
  if (v.precision === "weekday") return WEEKDAY_NAMES[v.low] ?? String(v.low);
  const iso = new Date(v.low * DAY_MS).toISOString();
  if (v.unit === "monthday") return v.precision === "month" ? `--${iso.slice(5, 7)}` : `--${iso.slice(5, 10)}`;
  if (v.precision === "year") return iso.slice(0, 4);
  if (v.precision === "month") return iso.slice(0, 7);
  return iso.slice(0, 10);
}

/**
 * A value in canonical units, with its hedge: "about 2.5 hours", "1,094 km", "2022-02", "USD 3 billion".
 * Two mentions with the same description say the same thing.
 */
export function describeValue(v: ValueMention): string {
  if (v.kind === "date") return describeDate(v);
  const hedge = v.approx === "exact" ? "" : `${v.approx} `;
  const stated = statedValue(v);
  const range = v.approx === "exact" && v.high > v.low ? `${formatAmount(v.low)}-${formatAmount(v.high)}` : formatAmount(stated);
  switch (v.kind) {
    case "duration": {
      const [factor, unit] = durationUnit(stated);
      const r = v.approx === "exact" && v.high > v.low ? `${formatAmount(v.low / factor)}-${formatAmount(v.high / factor)}` : formatAmount(stated / factor);
      return `${hedge}${r} ${unit}`;
    }
    case "distance":
      if (stated < 0.001) return `${hedge}${formatAmount(stated * 100000)} cm`;
      if (stated < 1) return `${hedge}${formatAmount(stated * 1000)} m`;
      return `${hedge}${range} km`;
    case "money": return `${hedge}${v.unit ?? ""} ${range}`;
    case "percent": case "fraction": return `${hedge}${range}${v.unit === "pp" ? " percentage points" : "%"}`;
    case "count":
      if (v.unit === "age") return `${hedge}age ${range}`;
      return `${hedge}${range} ${v.unit ?? ""}`.trim();
    default: return `${hedge}${range}`;
  }
}
