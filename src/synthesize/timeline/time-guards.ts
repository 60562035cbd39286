/**
 * Known false hits of chrono-node, as rules: each gets the matched text and the sentence around it and
 * returns a reason to reject the hit, or undefined.
 */
export type TimeGuard = (hit: string, sentence: string, at: number) => string | undefined;

const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/i;

export const TIME_GUARDS: readonly TimeGuard[] = [
  // "They sat down for talks": a lower-case "sat", "sun", "wed" is a verb or noun, not a weekday.
  (hit) => {
    const m = WEEKDAY.exec(hit);
    return m && !/^\p{Lu}/u.test(m[0]) ? `lower-case "${m[0]}" is not a weekday` : undefined;
  },
  // "It may rain", "a march on the capital": month names count only capitalised.
  (hit) => {
    const m = MONTH.exec(hit);
    return m && !WEEKDAY.test(hit) && !/^\p{Lu}/u.test(m[0]) ? `lower-case "${m[0]}" is not a month` : undefined;
  },
  // "for around 2.5 hours", "within 48 hours": a duration, not a point in time.
  (hit) => (/^(?:for|within|about|around|nearly|over|some)\b|\b(?:hours?|hrs?|minutes?|mins?|seconds?)\b/i.test(hit) && !WEEKDAY.test(hit) && !MONTH.test(hit) ? "a duration" : undefined),
  // "May", "March" opening a sentence or followed by a capitalised name: a name or a verb.
  (hit, sentence, at) => (/^(?:may|march|june|april|august)$/i.test(hit.trim()) && (at === 0 || /^\s+\p{Lu}/u.test(sentence.slice(at + hit.length))) ? "a month name used as a name" : undefined),
  // "at 5:41 p.m." alone: a clock time without a day cannot be placed.
  (hit) => (/^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?$/i.test(hit.trim()) ? "a clock time without a day" : undefined),
  // "he told TODAY Thursday": a word in capitals is a name (a programme, a headline), not a time.
  (hit) => (/\b\p{Lu}{4,}\b/u.test(hit) ? "a word in capitals is a name" : undefined),
  // "now", "currently": the moment of writing, not an event's time.
  (hit) => (/^(?:right )?(?:now|currently|recently|nowadays|these days)$/i.test(hit.trim()) ? "the time of writing" : undefined),
];

/** The first guard's reason to reject a chrono hit, or undefined to keep it. */
export function rejectTime(hit: string, sentence: string, at: number): string | undefined {
  for (const g of TIME_GUARDS) {
    const r = g(hit, sentence, at);
    if (r) return r;
  }
  return undefined;
}
