import type { EntityMention } from "../../model/entity.js";

function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/\s+/).filter(Boolean);
}

/** True when `short` is the tail ("Brennan") or the head-and-tail ("Ada Brennan") of `long`. */
export function isShortFormOf(short: string, long: string): boolean {
  const s = wordsOf(short);
  const l = wordsOf(long);
  if (s.length === 0 || s.length >= l.length) return false;
  const tail = l.slice(l.length - s.length);
  if (tail.join(" ") === s.join(" ")) return true;
  return s.length === 2 && s[0] === l[0] && s[1] === l[l.length - 1];
}

/** The short forms a full name can be written as: its tails ("Brennan", "M. Brennan") and head + tail. */
function shortFormsOf(name: string): string[] {
  const l = wordsOf(name);
  const out: string[] = [];
  for (let k = 1; k < l.length; k++) out.push(l.slice(l.length - k).join(" "));
  if (l.length > 2) out.push(`${l[0]} ${l[l.length - 1]}`);
  return out;
}

/**
 * Give every person mention the fullest form of its name in the same article: "Brennan" after "Ada
 * Brennan" gets `full: "Ada Brennan"`. The nearest earlier full form wins (two Brennans in one story
 * are told apart by which was named last); with none earlier, the first later one. Indexed by short
 * form, so it stays linear in the number of mentions (a pathological article has thousands).
 */
export function linkShortNames(mentions: readonly EntityMention[]): EntityMention[] {
  const key = (m: EntityMention) => wordsOf(m.name).join(" ");
  const earlier = new Map<number, EntityMention>();
  const lastByForm = new Map<string, EntityMention>();
  mentions.forEach((m, i) => {
    if (m.type !== "person") return;
    const hit = lastByForm.get(key(m));
    if (hit) earlier.set(i, hit);
    for (const f of shortFormsOf(m.name)) lastByForm.set(f, m);
  });
  const later = new Map<number, EntityMention>();
  const firstByForm = new Map<string, EntityMention>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (!m || m.type !== "person") continue;
    const hit = firstByForm.get(key(m));
    if (hit && hit.start > m.start) later.set(i, hit);
    for (const f of shortFormsOf(m.name)) firstByForm.set(f, m);
  }
  const fullsByFirst = new Map<string, Set<string>>();
  for (const o of mentions) {
    if (o.type !== "person") continue;
    const parts = o.name.split(/\s+/);
    if (parts.length < 2) continue;
    const set = fullsByFirst.get(parts[0] as string) ?? new Set<string>();
    set.add(o.full ?? o.name);
    fullsByFirst.set(parts[0] as string, set);
  }
  return mentions.map((m, i) => {
    if (m.type !== "person") return m;
    const best = earlier.get(i) ?? later.get(i);
    // A first name alone ("with Vladimir") points at the one person of the article with that first name.
    if (!best && !m.name.includes(" ")) {
      const byFirst = fullsByFirst.get(m.name);
      if (byFirst?.size === 1) return { ...m, full: [...byFirst][0] as string };
    }
    // Prefer the longest form the best match itself links to ("Ada Brennan" -> "Ada M. Brennan").
    const full = best ? (best.full ?? best.name) : undefined;
    return full && full !== m.name ? { ...m, full } : m;
  });
}

const surnameIndex = new WeakMap<readonly EntityMention[], Set<string>>();
const firstNameIndex = new WeakMap<readonly EntityMention[], Map<string, Set<string>>>();

/**
 * Type a lone word that no rule typed when it is the surname of a person named in full elsewhere in
 * the article ("Brennan" once "Ada Brennan" was seen).
 */
export function isSurnameOfPerson(word: string, mentions: readonly EntityMention[]): boolean {
  let forms = surnameIndex.get(mentions);
  if (!forms) {
    forms = new Set(mentions.filter((m) => m.type === "person").flatMap((m) => shortFormsOf(m.name)));
    surnameIndex.set(mentions, forms);
  }
  return forms.has(wordsOf(word).join(" "));
}

/** True when `word` is the first name of exactly one person named in full ("Ivo" once "Ivo Dranic" was seen). */
export function isFirstNameOfPerson(word: string, mentions: readonly EntityMention[]): boolean {
  let index = firstNameIndex.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      if (m.type !== "person" || !m.name.includes(" ")) continue;
      const first = m.name.split(/\s+/)[0] as string;
      index.set(first, (index.get(first) ?? new Set()).add(m.name));
    }
    firstNameIndex.set(mentions, index);
  }
  return index.get(word)?.size === 1;
}
