import type { ValueMention } from "../../model/value.js";

const KIND_NOUN: Partial<Record<ValueMention["kind"], string>> = {
  duration: "length", distance: "distance", date: "date", money: "amount", percent: "share", fraction: "share",
};
const IRREGULAR: Readonly<Record<string, string>> = {
  man: "men", woman: "women", person: "people", child: "children", foot: "feet", mouse: "mice",
};

/** "charge" -> "charges", "woman" -> "women", "people" stays. */
function pluralOf(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun];
  if (/(?:s|people|police|staff)$/.test(noun)) return noun;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`;
}

/**
 * The slot in a few words for a reader: "length of the meeting", "date of the election",
 * "number of people", "age of Jane Doe".
 */
export function describeSlot(v: ValueMention): string {
  const subject = v.slot?.subject ?? "";
  const predicate = v.slot?.predicate ?? "";
  // "age of Jane Doe", but "age of the man".
  if (v.kind === "count" && v.unit === "age") return subject ? `age of ${/^\p{Ll}/u.test(subject) ? "the " : ""}${subject}` : "age";
  if (v.kind === "count") return `number of ${pluralOf(v.unit ?? "items")}`;
  const noun = KIND_NOUN[v.kind] ?? "figure";
  const what = subject ? `${noun} of the ${subject}` : noun;
  const generic = ["duration", "length", ""].includes(predicate);
  return generic ? what : `${what} (${predicate})`;
}
