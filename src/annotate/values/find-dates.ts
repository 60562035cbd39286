import type * as chrono from "chrono-node";
import { DATE_SIGNAL, parseCuedDates } from "./parse-cued-dates.js";
import type { ValueDraft } from "./value-draft.js";

const WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/** Years chrono misses: "annexed in 2014", "the 2016 election". */
const BARE_YEAR = /(?<![\w$€£.,-])(1[6-9]\d\d|20\d\d)(?![\w%.,]\d|[\w%-])/g;

const DAY_MS = 86_400_000;
const epochDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** What a date finder needs to know about the article. */
export interface DateContext {
  /** Reference date for relative expressions ("Friday", "last year"); undefined when unknown. */
  reference?: Date | undefined;
}

type Component = "year" | "month" | "day" | "weekday" | "hour" | "minute";

function draftFromResult(r: chrono.ParsedResult, text: string, hasReference: boolean): ValueDraft | undefined {
  const c = r.start;
  const known = (k: Component) => c.isCertain(k);
  const get = (k: Component) => c.get(k) ?? 0;
  // Trim "on", "in", "at", "for" that chrono keeps in front of the date.
  const lead = /^(?:on|in|at|for|by|since|from|until|during)\s+/i.exec(r.text)?.[0].length ?? 0;
  const start = r.index + lead;
  const end = r.index + r.text.replace(/[\s,.;:]+$/, "").length;
  const phrase = text.slice(start, end);
  const relative = /\b(?:last|next|this|past|coming|ago|today|yesterday|tomorrow|tonight)\b/i.test(phrase);
  const base = { start, end, text: phrase, kind: "date" as const, unit: "day", approx: "exact" };
  if (relative && !hasReference) {
    // "two days ago" means nothing without the article's date; "last Friday" is still a Friday.
    const wd = weekdayNamed(phrase);
    return wd === undefined ? undefined : { ...base, unit: "weekday", low: wd, high: wd, precision: "weekday" };
  }
  // "March 5" with no year and no article date: keep it as a day of an unknown year (unit
  // "monthday", read in the leap year 2000) so two sources' "March 5" and "July 5" still compare.
  const noYear = !known("year") && !hasReference;
  const y = noYear ? 2000 : get("year");
  // "at the end of February" names no day, though chrono picks one.
  if (known("day") && known("month") && /\d/.test(phrase)) {
    const d = epochDay(y, get("month"), get("day"));
    return { ...base, ...(noYear ? { unit: "monthday" } : {}), low: d, high: d, precision: "day" };
  }
  if (known("weekday") || (relative && (known("day") || /\bday|ago|yesterday|tomorrow|today|tonight\b/i.test(phrase)))) {
    if (hasReference) {
      const d = epochDay(get("year"), get("month"), get("day"));
      return { ...base, low: d, high: d, precision: "day" };
    }
    if (!known("weekday")) return undefined;
    return { ...base, unit: "weekday", low: get("weekday"), high: get("weekday"), precision: "weekday" };
  }
  if (known("month")) {
    const m = get("month");
    return {
      ...base, ...(noYear ? { unit: "monthday" } : {}),
      low: epochDay(y, m, 1), high: epochDay(y, m, lastDay(y, m)), precision: "month",
    };
  }
  if (known("year") && (!relative || hasReference)) {
    return { ...base, low: epochDay(y, 1, 1), high: epochDay(y, 12, 31), precision: "year" };
  }
  return undefined;
}

/**
 * Dates in a text as epoch-day ranges (a month or a year is a range of days). Relative dates are
 * resolved against the reference when there is one; a weekday without one stays a weekday.
 * @example findDates("They met on Friday, August 15, 2025.", {})[0].precision // "day"
 */
export function findDates(text: string, ctx: DateContext): ValueDraft[] {
  // Most sentences name no date. A bare year is a date signal too (four digits after a non-word
  // character), so a text without a signal has neither chrono's dates nor a bare year.
  if (!DATE_SIGNAL.test(text)) return [];
  const out: ValueDraft[] = [];
  const hasReference = ctx.reference !== undefined;
  const results = parseCuedDates(text, ctx.reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  for (const r of results) {
    if (!DATE_SIGNAL.test(r.text)) continue;
    // "sat down" -> Saturday: news copy writes weekdays in full and capitalised.
    if (/^(?:sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri)$/i.test(r.text.trim())) continue;
    // "may" and "march" in lower case are verbs ("talks may resume"), not months.
    if (/\b(?:may|march)\b/.test(r.text) && !/\d/.test(r.text)) continue;
    const draft = draftFromResult(r, text, hasReference);
    if (draft) out.push(draft);
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const y = Number(m[1]);
    out.push({
      start, end, text: m[0], kind: "date", unit: "day", approx: "exact",
      low: epochDay(y, 1, 1), high: epochDay(y, 12, 31), precision: "year",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The weekday (0 = Sunday) chrono read in a date phrase, when the phrase names one. */
export function weekdayNamed(phrase: string): number | undefined {
  const m = new RegExp(`\\b(${WEEKDAYS})\\b`, "i").exec(phrase);
  if (!m?.[1]) return undefined;
  return WEEKDAYS.split("|").indexOf(m[1].toLowerCase()) === 6 ? 0 : WEEKDAYS.split("|").indexOf(m[1].toLowerCase()) + 1;
}

/** Epoch day to ISO date. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
