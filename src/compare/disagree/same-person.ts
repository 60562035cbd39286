import { distance } from "fastest-levenshtein";
import type { LocatedValue } from "./located-value.js";
import { mayBeOnePerson } from "./person-nouns.js";

/**
 * Two ages of one person named more or less fully: "German" and "Liberty German" (one name's words
 * inside the other's), but not "Erin Doe" and "John Doe".
 */
export function samePerson(a: LocatedValue, b: LocatedValue): boolean {
  if (a.value.unit !== "age" || b.value.unit !== "age") return false;
  const wa = (a.value.slot?.subject ?? "").toLowerCase().split(" ").filter(Boolean);
  const wb = (b.value.slot?.subject ?? "").toLowerCase().split(" ").filter(Boolean);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.some((x) => sameNameWord(w, x)));
}

/**
 * One word of a name, or a misspelling of it: one letter changed, added or dropped, or two swapped
 * ("Pasztor" / "Pastzor"). Short words must match exactly ("Ann" is not "Jan").
 */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  if (distance(a, b) <= 1) return true;
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("") && distance(a, b) === 2;
}

/**
 * Two ages of people named by different common nouns that may be one person: "an 11-year-old girl"
 * and "one of her 11-year-old students", "a 20-year-old man" and "his 20-year-old brother".
 */
export function mayBeOnePersonAged(a: LocatedValue, b: LocatedValue): boolean {
  if (a.value.unit !== "age" || b.value.unit !== "age") return false;
  const sa = a.value.slot?.subject ?? "";
  const sb = b.value.slot?.subject ?? "";
  // "The 32-year-old was visiting ..." names no one: it may be whoever the other sentence ages.
  // ("age 10 and younger" names no one either, and is no one's age.)
  const nominal = (v: LocatedValue, s: string) => s === "" && /year[-\s]old$/i.test(v.value.text);
  if ((nominal(a, sa) && sb !== "") || (nominal(b, sb) && sa !== "")) return true;
  // Common nouns, judged by their heads: "largo boy" is a boy.
  const common = (s: string) => /^\p{Ll}[\p{Ll} -]*$/u.test(s);
  const head = (s: string) => s.split(" ").at(-1) ?? s;
  return sa !== sb && common(sa) && common(sb) && mayBeOnePerson(head(sa), head(sb));
}
