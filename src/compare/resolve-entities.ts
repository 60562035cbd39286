import type { Doc } from "../model/doc.js";
import type { Entity, EntityMention, EntityType } from "../model/entity.js";
import type { Citation } from "../model/span.js";
import { rolesDiffer } from "./entities/compare-roles.js";
import { nameWords, personNamesMatch, plainKey, surnamesMatch, transliterationKey } from "./entities/match-names.js";

/** Mentions of one name in one source (a person's short forms joined to the full name of that article). */
interface Local {
  source: string;
  type: EntityType;
  key: string;
  /** The key as written ("Acme Corp" for key "acme corp"). */
  display: string;
  mentions: EntityMention[];
}

function collectLocal(doc: Doc): Local[] {
  const byKey = new Map<string, Local>();
  for (const m of doc.entities) {
    const key = m.type === "person" ? (m.full ?? m.name) : plainKey(m.name);
    const k = `${m.type}|${key}`;
    const local = byKey.get(k) ?? { source: doc.article.id, type: m.type, key, display: m.full ?? m.name, mentions: [] };
    local.mentions.push(m);
    byKey.set(k, local);
  }
  return [...byKey.values()];
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i] as number] as number;
    i = parent[i] as number;
  }
  return i;
}

function slug(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The name to show: the most mentioned multi-word form for a person, else the most mentioned form. */
function pickName(locals: readonly Local[]): string {
  const counts = new Map<string, number>();
  for (const l of locals) counts.set(l.display, (counts.get(l.display) ?? 0) + l.mentions.length);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  const multi = ranked.find(([k]) => nameWords(k).length >= 2);
  return (multi ?? ranked[0])?.[0] ?? "";
}

function toEntity(locals: readonly Local[], ids: Set<string>): Entity {
  const typeCount = new Map<EntityType, number>();
  for (const l of locals) typeCount.set(l.type, (typeCount.get(l.type) ?? 0) + l.mentions.length);
  const type = [...typeCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "person";
  const name = pickName(locals);
  let id = `${type}:${slug(name)}`;
  for (let n = 2; ids.has(id); n++) id = `${type}:${slug(name)}-${n}`;
  ids.add(id);
  const forms = new Set<string>();
  const mentions: Citation[] = [];
  const roles: Entity["roles"] = [];
  for (const l of locals) {
    forms.add(l.display);
    for (const m of l.mentions) {
      forms.add(m.name);
      mentions.push({ source: l.source, start: m.start, end: m.end });
      if (m.title && !roles.some((r) => r.source === l.source && r.title.toLowerCase() === m.title?.toLowerCase())) {
        const s = Math.min(m.start, m.titleSpan?.start ?? m.start);
        const e = Math.max(m.end, m.titleSpan?.end ?? m.end);
        roles.push({ title: m.title, source: l.source, evidence: { source: l.source, start: s, end: e } });
      }
    }
  }
  const sources = [...new Set(locals.map((l) => l.source))];
  return { id, name, type, forms: [...forms], sources, mentions, roles, rolesDiffer: rolesDiffer(roles) };
}

/**
 * Merge entity mentions of all sources into one entity per real-world referent.
 * People: full names match up to transliteration ("Sergey/Sergei", "Kovalsky/Kovalskyy"); a surname
 * alone joins the one person of that surname and stays apart when several people share it.
 * Organisations and places: same name without "the", case and punctuation.
 * @example resolveEntities(docs).find((e) => e.forms.includes("Brennan"))?.roles
 */
export function resolveEntities(docs: readonly Doc[]): Entity[] {
  const locals = docs.flatMap(collectLocal);
  const parent = locals.map((_, i) => i);
  const union = (a: number, b: number) => {
    const ra = find(parent, a);
    const rb = find(parent, b);
    if (ra !== rb) parent[rb] = ra;
  };
  const isFull = (l: Local) => l.type === "person" && nameWords(l.key).length >= 2;
  // Only names that could match are compared: people by the start of their surname's spelling key,
  // organisations and places by their plain name (linear in the number of names, not quadratic).
  const buckets = new Map<string, number[]>();
  locals.forEach((l, i) => {
    const words = nameWords(l.key);
    const key = l.type === "person" ? `p:${transliterationKey(words[words.length - 1] ?? "").slice(0, 3)}` : `o:${plainKey(l.key)}`;
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  });
  const bucketOf = new Map<number, number[]>();
  for (const members of buckets.values()) for (const i of members) bucketOf.set(i, members);
  // 1. Full person names, and organisation or place names, across sources. A bucket holds people
  // only or other names only. Other names of one bucket all join. Two full person names join when
  // they match (the earlier one's key against the later one's), which depends on their keys alone and
  // always holds for one key: each pair of distinct keys is compared once, in each order some pair
  // of their locals has (a story's 2,000 articles name its people 2,000 times over).
  for (const members of buckets.values()) {
    const firstOfKey = new Map<string, number>();
    const lastOfKey = new Map<string, number>();
    for (const i of members) {
      const a = locals[i] as Local;
      if (a.type !== "person") {
        union(members[0] as number, i);
        continue;
      }
      if (!isFull(a)) continue;
      const same = firstOfKey.get(a.key);
      if (same !== undefined) union(same, i);
      else firstOfKey.set(a.key, i);
      lastOfKey.set(a.key, i);
    }
    const keys = [...firstOfKey];
    for (let x = 0; x < keys.length; x++) {
      for (let y = x + 1; y < keys.length; y++) {
        const [ka, i] = keys[x] as [string, number];
        const [kb, j] = keys[y] as [string, number];
        // i comes first, so some local of ka precedes one of kb; one of kb precedes one of ka when
        // kb's first local comes before ka's last.
        if (personNamesMatch(ka, kb) || (j < (lastOfKey.get(ka) as number) && personNamesMatch(kb, ka))) union(i, j);
      }
    }
  }
  // 2. A surname alone joins the single person of that surname; with two or more it stays apart.
  // Which locals of its bucket a surname matches depends on its key alone: found once per key, not
  // once per article (a story's 2,000 articles each say "Smith" beside 2,000 full "John Smith"s).
  const full = locals.map(isFull);
  const surnameOf = locals.map((l, i) => (full[i] ? (nameWords(l.key).at(-1) as string) : ""));
  const matchesOf = new Map<string, { full: number[]; short?: number[] }>();
  for (let i = 0; i < locals.length; i++) {
    const a = locals[i] as Local;
    if (a.type !== "person" || full[i]) continue;
    const near = bucketOf.get(i) ?? [];
    let matches = matchesOf.get(a.key);
    if (!matches) {
      matches = { full: near.filter((j) => full[j] && surnamesMatch(a.key, surnameOf[j] as string)) };
      matchesOf.set(a.key, matches);
    }
    const roots = new Set<number>();
    for (const j of matches.full) roots.add(find(parent, j));
    if (roots.size === 1) union([...roots][0] as number, i);
    else if (roots.size === 0) {
      matches.short ??= near.filter(
        (j) => (locals[j] as Local).type === "person" && !full[j] && surnamesMatch(a.key, (locals[j] as Local).key),
      );
      for (const j of matches.short) if (j > i) union(i, j);
    }
  }
  const groups = new Map<number, Local[]>();
  locals.forEach((l, i) => {
    const r = find(parent, i);
    const group = groups.get(r);
    if (group) group.push(l);
    else groups.set(r, [l]);
  });
  const ids = new Set<string>();
  return [...groups.values()]
    .map((g) => toEntity(g, ids))
    .sort((a, b) => b.sources.length - a.sources.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}
