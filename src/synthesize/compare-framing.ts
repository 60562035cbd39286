import type { Doc } from "../model/doc.js";
import type { Framing } from "../model/opinion.js";

/** What each outlet leads with: headline, first paragraph, and the terms only it leads with. */
export function compareFraming(_docs: readonly Doc[]): Framing[] {
  return [];
}
