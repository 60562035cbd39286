import { isNationalityWord, TITLE_MODIFIERS } from "../../annotate/entities/titles.js";
import type { Entity } from "../../model/entity.js";

type Role = Entity["roles"][number];

/** The core of a title, without qualifiers: "Russian Foreign Minister" -> "foreign minister"; "former U.S. envoy" -> "envoy". */
export function coreTitle(title: string): string {
  const keep = title
    .split(/\s+/)
    .filter((w) => !isNationalityWord(w))
    .map((w) => w.toLowerCase().replace(/['’]s$/, ""))
    .filter((w) => !["former", "acting", "then", "the", "a", "an", "current", "outgoing", "incoming", "longtime", "veteran"].includes(w));
  // Keep "foreign" in "foreign minister" but drop the country in "U.S. envoy": strip leading modifiers only while a title word remains.
  while (keep.length > 1 && TITLE_MODIFIERS.has(keep[0] as string) && !["foreign", "defense", "defence", "vice", "deputy", "prime"].includes(keep[0] as string)) keep.shift();
  return keep.join(" ");
}

const LEADER_WORDS = new Set(["leader", "president", "prime", "premier", "chancellor", "king", "queen", "monarch", "emir", "sultan"]);

/** "leader" is what outlets call any head of state or government: it agrees with "president", "prime minister". */
function isLeader(core: string): boolean {
  const w = core.split(" ");
  return w.length <= 2 && w.some((x) => LEADER_WORDS.has(x)) && (w.includes("leader") || w.length === 1 || w.includes("prime"));
}

/**
 * True when sources give different titles for one entity: two sources whose core titles differ and
 * neither contains the other ("foreign minister" vs "minister" agree; "envoy" vs "aide" differ).
 */
export function rolesDiffer(roles: readonly Role[]): boolean {
  const bySource = new Map<string, Set<string>>();
  for (const r of roles) bySource.set(r.source, (bySource.get(r.source) ?? new Set()).add(coreTitle(r.title)));
  // Sources giving the same titles agree with one another (a title contains itself), so each distinct
  // set of titles is compared once: a story's 2,000 sources mostly give a person the same title, and
  // comparing every pair of them was quadratic.
  const distinct = new Map<string, Set<string>>();
  for (const titles of bySource.values()) distinct.set(JSON.stringify([...titles].sort()), titles);
  const sets = [...distinct.values()];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as Set<string>;
      const b = sets[j] as Set<string>;
      const agree = [...a].some((x) => [...b].some((y) => x.includes(y) || y.includes(x) || (isLeader(x) && isLeader(y))));
      if (!agree) return true;
    }
  }
  return false;
}
