/** Words that put a sentence's weekday after the publication date ("will meet on Monday"). */
const FUTURE = /\b(?:will|shall|(?:is|are) (?:scheduled|expected|set|due|slated|planning|going) to|plans? to|next|upcoming|later this week)\b/i;

const NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** 0 (Sunday) .. 6 (Saturday) for a weekday name or abbreviation, or -1. */
export function weekdayIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return NAMES.findIndex((n) => n.startsWith(w));
}

/**
 * The calendar day a weekday names, seen from the publication date: news reports the past, so
 * "met on Friday" in a Saturday paper is the day before and "on Saturday" is the same day; a sentence
 * about the future ("will travel on Monday") looks forward instead.
 * @example resolveWeekday(5, new Date("2025-08-16"), "met on Friday") // 2025-08-15
 */
export function resolveWeekday(weekday: number, published: Date, sentence: string): Date {
  const base = published.getUTCDay();
  const forward = FUTURE.test(sentence);
  const delta = forward ? (weekday - base + 7) % 7 || 7 : -((base - weekday + 7) % 7);
  return new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate() + delta));
}
