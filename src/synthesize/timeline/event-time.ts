/** A time found in one sentence, before merging across sources. */
export interface EventTime {
  /** The words as written ("on Friday", "in 2014", "before the summit"). */
  readonly label: string;
  /** ISO date or date-time when resolved ("2025-08-15", "2025-08-15T20:00"), or a year ("2014"). */
  readonly iso?: string;
  readonly precision: "year" | "month" | "day" | "time" | "relative" | "unknown";
  /** Sort key in days since 1970 (fractions order events within a day); NaN when unknown. */
  readonly key: number;
  /** For relative times: which way and the anchor's head noun ("summit"). */
  readonly relative?: { readonly direction: "before" | "after"; readonly anchor: string };
  /** Offsets of the expression in the article text. */
  readonly start: number;
  readonly end: number;
}

/** How much each precision tells: the most precise time in a sentence names its event. */
export const PRECISION_RANK: Record<EventTime["precision"], number> = {
  time: 5, day: 4, month: 3, year: 2, relative: 1, unknown: 0,
};

/** Days since 1970-01-01 (UTC) of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** "2025-08-15" from calendar parts. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
