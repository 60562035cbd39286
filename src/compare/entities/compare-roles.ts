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
  const sources = [...bySource.entries()];
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const [, a] = sources[i] as [string, Set<string>];
      const [, b] = sources[j] as [string, Set<string>];
      const agree = [...a].some((x) => [...b].some((y) => x.includes(y) || y.includes(x) || (isLeader(x) && isLeader(y))));
      if (!agree) return true;
    }
  }
  return false;
}
