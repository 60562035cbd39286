import type { ValueKind } from "../../model/value.js";

/** One unit as written, with the kind of quantity and how to reach the canonical unit. */
export interface UnitDef {
  /** Written forms, lower case (matched whole-word, longest first). */
  forms: readonly string[];
  kind: ValueKind;
  /** Canonical unit of the dimension: "hour", "km", "USD", "%". */
  unit: string;
  /** Multiply by this to get the canonical unit. */
  factor: number;
  /** Written before the number ("$3"), not after. */
  prefix?: boolean;
}

/**
 * Units of general English news copy. Currencies stay as given (no exchange rates): "$3 billion" and
 * "€3 billion" are not comparable.
 */
export const UNITS: readonly UnitDef[] = [
  { forms: ["seconds", "second", "secs", "sec"], kind: "duration", unit: "hour", factor: 1 / 3600 },
  { forms: ["minutes", "minute", "mins", "min"], kind: "duration", unit: "hour", factor: 1 / 60 },
  { forms: ["hours", "hour", "hrs", "hr"], kind: "duration", unit: "hour", factor: 1 },
  { forms: ["days", "day"], kind: "duration", unit: "hour", factor: 24 },
  { forms: ["weeks", "week"], kind: "duration", unit: "hour", factor: 24 * 7 },
  { forms: ["months", "month"], kind: "duration", unit: "hour", factor: 24 * 30.44 },
  { forms: ["years", "year"], kind: "duration", unit: "hour", factor: 24 * 365.25 },
  { forms: ["decades", "decade"], kind: "duration", unit: "hour", factor: 24 * 3652.5 },
  { forms: ["kilometres", "kilometers", "kilometre", "kilometer", "km", "kms"], kind: "distance", unit: "km", factor: 1 },
  { forms: ["miles", "mile"], kind: "distance", unit: "km", factor: 1.609344 },
  { forms: ["metres", "meters", "metre", "meter"], kind: "distance", unit: "km", factor: 0.001 },
  { forms: ["feet", "foot", "ft"], kind: "distance", unit: "km", factor: 0.0003048 },
  { forms: ["yards", "yard"], kind: "distance", unit: "km", factor: 0.0009144 },
  { forms: ["inches", "inch"], kind: "distance", unit: "km", factor: 0.0000254 },
  { forms: ["centimetres", "centimeters", "centimetre", "centimeter", "cm"], kind: "distance", unit: "km", factor: 0.00001 },
  { forms: ["nautical miles"], kind: "distance", unit: "km", factor: 1.852 },
  { forms: ["percentage points", "percentage point"], kind: "percent", unit: "pp", factor: 1 },
  { forms: ["percent", "per cent", "%", "pct"], kind: "percent", unit: "%", factor: 1 },
  { forms: ["us$", "$"], kind: "money", unit: "USD", factor: 1, prefix: true },
  { forms: ["€"], kind: "money", unit: "EUR", factor: 1, prefix: true },
  { forms: ["£"], kind: "money", unit: "GBP", factor: 1, prefix: true },
  { forms: ["¥"], kind: "money", unit: "JPY", factor: 1, prefix: true },
  { forms: ["dollars", "dollar", "usd"], kind: "money", unit: "USD", factor: 1 },
  { forms: ["euros", "euro", "eur"], kind: "money", unit: "EUR", factor: 1 },
  { forms: ["pounds sterling", "pounds", "gbp"], kind: "money", unit: "GBP", factor: 1 },
  { forms: ["roubles", "rubles", "rouble", "ruble"], kind: "money", unit: "RUB", factor: 1 },
  { forms: ["yen"], kind: "money", unit: "JPY", factor: 1 },
  { forms: ["yuan", "renminbi"], kind: "money", unit: "CNY", factor: 1 },
  { forms: ["rupees", "rupee"], kind: "money", unit: "INR", factor: 1 },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Alternation of unit forms written after the number, longest first. */
export const SUFFIX_UNIT_SOURCE = UNITS.filter((u) => !u.prefix)
  .flatMap((u) => u.forms)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

/** Alternation of currency signs written before the number. */
export const PREFIX_UNIT_SOURCE = UNITS.filter((u) => u.prefix)
  .flatMap((u) => u.forms)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

/** The unit a written form stands for. */
export function findUnit(form: string, prefix = false): UnitDef | undefined {
  const f = form.trim().toLowerCase().replace(/\s+/g, " ");
  return UNITS.find((u) => Boolean(u.prefix) === prefix && u.forms.includes(f));
}

/** Short label for a canonical unit in explanations ("hours", "km"). */
export function describeUnit(unit: string | undefined): string {
  if (!unit) return "";
  return unit === "hour" ? "hours" : unit;
}
