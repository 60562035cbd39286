import type { Disagreement } from "../model/disagreement.js";
import type { Doc } from "../model/doc.js";
import type { Entity } from "../model/entity.js";
import type { Fact } from "../model/fact.js";

/** Compare values of matching slots across sources, and check each article against itself. */
export function findDisagreements(
  _docs: readonly Doc[],
  _facts: readonly Fact[],
  _entities: readonly Entity[],
): Disagreement[] {
  return [];
}
