import type { ValueMention } from "../../model/value.js";

const KIND_NOUN: Partial<Record<ValueMention["kind"], string>> = {
  duration: "length", distance: "distance", date: "date", money: "amount", percent: "share", fraction: "share",
};

/**
 * The slot in a few words for a reader: "length of the meeting", "date of the election",
 * "number of people killed".
 */
export function describeSlot(v: ValueMention): string {
  const subject = v.slot?.subject ?? "";
  const predicate = v.slot?.predicate ?? "";
  if (v.kind === "count") return predicate ? `number of ${v.unit ?? "items"} (${predicate})` : `number of ${v.unit ?? "items"}`;
  const noun = KIND_NOUN[v.kind] ?? "figure";
  const what = subject ? `${noun} of the ${subject}` : noun;
  const generic = ["duration", "length", "date", "time", ""].includes(predicate);
  return generic ? what : `${what} (${predicate})`;
}
