import type { Disagreement } from "../model/disagreement.js";
import type { Doc } from "../model/doc.js";
import type { Entity } from "../model/entity.js";
import type { Fact } from "../model/fact.js";
import { checkConversions } from "./disagree/check-conversions.js";
import { checkShares } from "./disagree/check-shares.js";
import { checkWeekdays } from "./disagree/check-weekdays.js";
import { compareSlotValues } from "./disagree/compare-slot-values.js";
import { findPolarity } from "./disagree/find-polarity.js";
import { findTitleConflicts } from "./disagree/find-title-conflicts.js";
import { pairValues } from "./disagree/pair-values.js";

/** Checks of one article against itself, in order. */
export const INTERNAL_CHECKS: ReadonlyArray<(doc: Doc) => Disagreement[]> = [checkConversions, checkShares, checkWeekdays];

const SEVERITY_ORDER = { conflict: 0, precision: 1, spelling: 2 } as const;

/** Values of matching slots across sources that differ. */
export function findValueDisagreements(docs: readonly Doc[], facts: readonly Fact[]): Disagreement[] {
  return compareSlotValues(docs, pairValues(docs, facts));
}

/**
 * Claims one source affirms and another negates, and each article's checks of itself (found apart
 * from the values: a big brief finds each part on whichever thread is free, see pipeline/brief-docs.ts).
 */
export interface ClaimFindings {
  readonly polarity: readonly Disagreement[];
  readonly internal: readonly Disagreement[];
}

/** Find claim polarity and check each article against itself. */
export function findClaimDisagreements(docs: readonly Doc[], facts: readonly Fact[]): ClaimFindings {
  return {
    polarity: findPolarity(docs, facts),
    internal: docs.flatMap((doc) => INTERNAL_CHECKS.flatMap((check) => check(doc))),
  };
}

/** Parts of `findDisagreements` already found (elsewhere), each as its own function would find it. */
export interface FoundParts {
  readonly values?: readonly Disagreement[];
  readonly claims?: ClaimFindings;
}

/**
 * Compare values of matching slots across sources, and check each article against itself.
 * Conflicts come first; ids are stable (`d1`, `d2`, ...) in that order.
 * @example findDisagreements(docs, alignSentences(docs, options), resolveEntities(docs))
 */
export function findDisagreements(
  docs: readonly Doc[],
  facts: readonly Fact[],
  entities: readonly Entity[],
  found: FoundParts = {},
): Disagreement[] {
  const { polarity, internal } = found.claims ?? findClaimDisagreements(docs, facts);
  const all = [...(found.values ?? findValueDisagreements(docs, facts)), ...findTitleConflicts(entities), ...polarity, ...internal];
  return all
    .map((d, i) => ({ d, i }))
    .sort((x, y) => SEVERITY_ORDER[x.d.severity] - SEVERITY_ORDER[y.d.severity] || x.i - y.i)
    .map(({ d }, i) => ({ ...d, id: `d${i + 1}` }));
}
