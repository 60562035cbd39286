import type { SentenceRule } from "./sentence-rule.js";

/** A capitalised word right before the mark ("Go Tigers!"). */
const CAPITALISED_EXCLAMATION = /\s\p{Lu}[\p{L}'’]*!["'”’)]*$/u;

/**
 * An exclamation in the writer's own voice: news prose exclaims only in quotes, so "Nobody could
 * have run on that!" outside quotation marks is the writer's reaction. Site furniture ("Bundle up!")
 * never reaches the rule (boilerplate), and a first sentence is a headline.
 */
export const markExclamation: SentenceRule = {
  name: "exclamation",
  find(view) {
    const own = view.own.trim();
    if (!/!["'”’)]*$/.test(own) || view.quotedShare > 0 || view.position.index === 0) return undefined;
    if (own.split(/\s+/).length < 4) return undefined;
    // "directed by the woman who also helmed Mamma Mia!": the mark belongs to a title.
    if (CAPITALISED_EXCLAMATION.test(own)) return undefined;
    return { kind: "opinion", reason: "an exclamation in the writer's voice" };
  },
};
