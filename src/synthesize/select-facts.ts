import type { Options } from "../config/options.js";
import type { Fact } from "../model/fact.js";

/**
 * The facts most sources report: at least `consensusShare` of them, and at least two. Opinion never
 * counts as consensus.
 */
export function selectConsensus(facts: readonly Fact[], sourceCount: number, options: Options): Fact[] {
  const need = Math.max(2, Math.ceil(options.consensusShare * sourceCount));
  return facts.filter((f) => f.sources.length >= need && !f.opinion);
}

/** A sentence worth listing on its own: long enough to state something, not the outlet's opinion. */
function isInformative(f: Fact): boolean {
  const words = f.text.split(/\s+/).length;
  return words >= 6 && !f.opinion;
}

/**
 * What only one outlet reports, when there is more than one outlet: the single-source facts that
 * state something (not opinion), in source order. These are what each outlet adds.
 */
export function selectUnique(facts: readonly Fact[], sourceCount: number): Fact[] {
  if (sourceCount < 2) return [];
  return facts.filter((f) => f.sources.length === 1 && isInformative(f));
}
