import type { ValueMention } from "../../model/value.js";

/** A value with the source it came from and the index of its sentence. */
export interface LocatedValue {
  readonly source: string;
  readonly sentence: number;
  readonly value: ValueMention;
}
