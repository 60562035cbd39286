import type { Doc } from "../model/doc.js";
import type { Entity } from "../model/entity.js";
import type { Quote } from "../model/quote.js";

/** Group quotes of the same statement across outlets, with each outlet's wording. */
export function groupQuotes(_docs: readonly Doc[], _entities: readonly Entity[]): Quote[] {
  return [];
}
