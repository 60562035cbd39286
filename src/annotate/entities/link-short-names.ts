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

/**
 * Give every person mention the fullest form of its name in the same article: "Brennan" after "Ada
 * Brennan" gets `full: "Ada Brennan"`. The nearest earlier full form wins (two Brennans in one story
 * are told apart by which was named last); with none earlier, the first later one.
 */
export function linkShortNames(mentions: readonly EntityMention[]): EntityMention[] {
  const people = mentions.filter((m) => m.type === "person");
  return mentions.map((m, i) => {
    if (m.type !== "person") return m;
    let best: EntityMention | undefined;
    for (let k = i - 1; k >= 0 && !best; k--) {
      const o = mentions[k];
      if (o && o.type === "person" && isShortFormOf(m.name, o.name)) best = o;
    }
    if (!best) best = people.find((o) => o.start > m.start && isShortFormOf(m.name, o.name));
    // A first name alone ("with Vladimir") points at the one person of the article with that first name.
    if (!best && !m.name.includes(" ")) {
      const byFirst = new Set(people.filter((o) => o.name.split(/\s+/).length > 1 && o.name.split(/\s+/)[0] === m.name).map((o) => o.full ?? o.name));
      if (byFirst.size === 1) return { ...m, full: [...byFirst][0] as string };
    }
    // Prefer the longest form the best match itself links to ("Ada Brennan" -> "Ada M. Brennan").
    const full = best ? (best.full ?? best.name) : undefined;
    return full && full !== m.name ? { ...m, full } : m;
  });
}

/**
 * Type a lone word that no rule typed when it is the surname of a person named in full elsewhere in
 * the article ("Brennan" once "Ada Brennan" was seen).
 */
export function isSurnameOfPerson(word: string, mentions: readonly EntityMention[]): boolean {
  return mentions.some((m) => m.type === "person" && isShortFormOf(word, m.name));
}

/** True when `word` is the first name of exactly one person named in full ("Ivo" once "Ivo Dranic" was seen). */
export function isFirstNameOfPerson(word: string, mentions: readonly EntityMention[]): boolean {
  const names = new Set(mentions.filter((m) => m.type === "person" && m.name.includes(" ") && m.name.split(/\s+/)[0] === word).map((m) => m.name));
  return names.size === 1;
}
