import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { tokenIndexAt } from "../quote-context.js";
import { findClauseSubject } from "./find-clause-subject.js";

/**
 * Rule, last resort for partial quotes: a quote inside a sentence with no reporting verb belongs to
 * the sentence's subject: `The nominee vowed to punish "those who break the rules."` -> the nominee.
 * Only when a verb stands between subject and quote, so a quoted title ("the film \"Dark Water\"") is not
 * given to the sentence's subject.
 */
export function clauseSubject(ctx: QuoteContext): SpeakerFind | undefined {
  const { doc, before } = ctx;
  if (before.length === 0) return undefined;
  if (!before.some((i) => doc.tokens[i]?.pos === "VERB")) return undefined;
  return findClauseSubject(doc, before, tokenIndexAt(doc.tokens, ctx.quote.open), "subject");
}
