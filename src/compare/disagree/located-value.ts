import type { ValueMention } from "../../model/value.js";

/** A value with the source it came from and the index of its sentence. */
export interface LocatedValue {
  readonly source: string;
  readonly sentence: number;
  readonly value: ValueMention;
}

/**
 * Two values of different sources that may measure the same thing, with how much evidence says so
 * (shared slot, neighbouring words, how closely their sentences match): higher is surer.
 */
export type ValuePair = readonly [LocatedValue, LocatedValue] & { readonly strength: number };

/** A pair with its strength. */
export function valuePair(a: LocatedValue, b: LocatedValue, strength: number): ValuePair {
  return Object.assign([a, b] as const, { strength });
}
