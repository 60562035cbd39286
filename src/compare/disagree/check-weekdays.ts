import { weekdayNamed } from "../../annotate/values/find-dates.js";
import type { Disagreement } from "../../model/disagreement.js";
import type { Doc } from "../../model/doc.js";
import { describeDate } from "./describe-value.js";

const NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Weekday of an epoch day (1970-01-01 was a Thursday). */
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

/**
 * Internal inconsistency: a weekday that does not match its date ("Friday, August 14, 2025" when the
 * 14th was a Thursday). Only dates written with a day and a month are checked.
 */
export function checkWeekdays(doc: Doc): Disagreement[] {
  const out: Disagreement[] = [];
  for (const v of doc.values) {
    if (v.kind !== "date" || v.precision !== "day" || v.unit === "monthday" || !/\d/.test(v.text)) continue;
    const named = weekdayNamed(v.text);
    if (named === undefined || named === weekdayOf(v.low)) continue;
    const evidence = [{ source: doc.article.id, start: v.sentenceStart, end: v.sentenceEnd }];
    const iso = describeDate(v);
    out.push({
      id: "",
      kind: "internal",
      slot: "weekday and date",
      positions: [
        { value: NAMES[named]!, normalized: NAMES[named]!, sources: [doc.article.id], evidence },
        { value: v.text, normalized: `${iso} (${NAMES[weekdayOf(v.low)]})`, sources: [doc.article.id], evidence },
      ],
      severity: "conflict",
      explanation: `${doc.article.outlet ?? "The article"} writes ${v.text}, but ${iso} was a ${NAMES[weekdayOf(v.low)]}.`,
    });
  }
  return out;
}
