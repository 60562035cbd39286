import type { EntityType } from "../../model/entity.js";

/** Character ranges voted a person, place, organisation or first name (from the lexicon: lexicon-votes.ts). */
export interface TypeHints {
  readonly spans: ReadonlyArray<{ start: number; end: number; type: EntityType | "firstName" }>;
}

/** Characters of [start, end) that the hints give to each type. */
export function voteType(hints: TypeHints, start: number, end: number): Map<string, number> {
  const votes = new Map<string, number>();
  for (const h of hints.spans) {
    const overlap = Math.min(end, h.end) - Math.max(start, h.start);
    if (overlap > 0) votes.set(h.type, (votes.get(h.type) ?? 0) + overlap);
  }
  return votes;
}
