import { SPECULATION } from "../lexicon/stance-markers.js";
import type { SentenceRule } from "./sentence-rule.js";

/** The writer guesses in their own voice: "The book is probably teeming with them", "Perhaps." */
export const markSpeculation: SentenceRule = {
  name: "speculation",
  find(view) {
    if (view.afterReport) return undefined;
    for (const m of SPECULATION) {
      const hit = m.pattern.exec(view.own);
      if (hit) return { kind: "speculation", reason: `${m.reason}: "${hit[0]}"` };
    }
    return undefined;
  },
};
