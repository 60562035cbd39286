import type { ValueMention } from "../../model/value.js";
import { statedValue } from "./describe-value.js";

/** Ranges closer than this share of the larger value are treated as touching (rounding, not conflict). */
const TOUCH = 0.01;

/**
 * True when two readings cannot both be right: their ranges do not overlap. "about 2.5 hours"
 * [2.25, 2.75] and "nearly three hours" [2.55, 3] overlap; "more than three hours" does not.
 */
const DAY_MS = 86_400_000;

/** A dated day or month moved into the leap year 2000, where dates of unknown year live. */
function toMonthDay(v: ValueMention): ValueMention {
  if (v.kind !== "date" || v.unit === "monthday" || v.precision === "year") return v;
  const shift = (day: number) => {
    const d = new Date(day * DAY_MS);
    return Date.UTC(2000, d.getUTCMonth(), d.getUTCDate()) / DAY_MS;
  };
  return { ...v, unit: "monthday", low: shift(v.low), high: shift(v.high) };
}

/** Two dates on one footing: when either lacks a year, compare by month and day only. */
export function alignDates(a: ValueMention, b: ValueMention): [ValueMention, ValueMention] {
  if (a.kind !== "date" || b.kind !== "date" || a.unit === b.unit) return [a, b];
  return [toMonthDay(a), toMonthDay(b)];
}

export function rangesConflict(a0: ValueMention, b0: ValueMention): boolean {
  // Only dates are moved (a pair of values for every comparison showed in the collector's work).
  const dated = a0.kind === "date" && b0.kind === "date" && a0.unit !== b0.unit;
  const a = dated ? toMonthDay(a0) : a0;
  const b = dated ? toMonthDay(b0) : b0;
  // A year against a date of unknown year says nothing either way.
  if (a.unit !== b.unit) return false;
  const upper = Math.max(a.low, b.low);
  const lower = Math.min(a.high, b.high);
  const gap = upper - lower;
  // Measured against the edges that face each other: open ranges ("more than 3") must not dilute it.
  const scale = Math.max(Math.abs(upper), Math.abs(lower), 1e-9);
  if (a.kind === "date" || b.kind === "date") return gap > 0;
  return gap / scale > TOUCH;
}

/** Which way a hedge leaves a reading open. */
const OPEN_DIRECTION: Readonly<Record<string, "up" | "down">> = {
  "more than": "up", "at least": "up", "less than": "down", "up to": "down",
};

/**
 * A round bound rounds a figure to the round number below (or above) it: "more than 500,000
 * Americans" means a little over 500,000. A figure half as large again beyond it ("the 850,000
 * Americans") is another figure, though the open range holds it. A bound that is no round number is a
 * count so far, not a rounding: "at least three people" agrees with a later "27 people". An upper
 * bound is no count so far: "as many as 213 people" is far above "125 people", round or not.
 */
const FAR_BEYOND = 1.5;

/** A round number: 10 or more, a multiple of ten, with at most two significant digits (80, 130, 8,000, 4.4 million). */
function isRound(n: number): boolean {
  if (!Number.isInteger(n) || n < 10 || n % 10 !== 0) return false;
  const digits = String(n).replace(/0+$/, "");
  return digits.length <= 2;
}

/** True when `bound` is a round open bound and `figure` a stated figure far beyond it. */
function farBeyond(bound: ValueMention, figure: ValueMention): boolean {
  const direction = OPEN_DIRECTION[bound.approx];
  if (direction === undefined || OPEN_DIRECTION[figure.approx] !== undefined) return false;
  const b = statedValue(bound);
  // An upper bound states its figure whether round or not: "as many as 213 people" is no count so far.
  if (direction === "up" && !isRound(b)) return false;
  const f = statedValue(figure);
  return direction === "up" ? f >= b * FAR_BEYOND : f * FAR_BEYOND <= b;
}

/** True when `x`'s range holds `y`'s. */
function contains(x: ValueMention, y: ValueMention): boolean {
  return x.low <= y.low && y.high <= x.high;
}

/** True when two readings overlap but state noticeably different numbers ("about 2.5" vs "nearly 3"). */
export function statedDiffer(a: ValueMention, b: ValueMention): boolean {
  // "2022" vs "February 2022" is detail, not disagreement.
  if (a.kind === "date") return false;
  // One reading inside the other is only less detail: "at least three people" and "27 people",
  // "18 to 21" and "21".
  // Two bounds the same way are two statements, though: "as many as 15,000 troops" / "as many as
  // 25,500 troops", "more than 60 percent" / "more than 80 percent" differ in what they say.
  const sameBound = OPEN_DIRECTION[a.approx] !== undefined && OPEN_DIRECTION[a.approx] === OPEN_DIRECTION[b.approx];
  if (!sameBound && (contains(a, b) || contains(b, a))) return farBeyond(a, b) || farBeyond(b, a);
  const sa = statedValue(a);
  const sb = statedValue(b);
  return Math.abs(sa - sb) / Math.max(Math.abs(sa), Math.abs(sb), 1e-9) > 0.05;
}
