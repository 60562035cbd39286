import type { Doc } from "../model/doc.js";
import type { Entity } from "../model/entity.js";

/** Merge entity mentions of all sources into one entity per real-world referent. */
export function resolveEntities(_docs: readonly Doc[]): Entity[] {
  return [];
}
