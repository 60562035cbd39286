import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { tokenIndexAt, wordAt } from "../quote-context.js";
import { findLeadingSaid } from "./leading-said.js";

/**
 * Rule: a quote standing alone after a sentence that ends with a colon, `Ada Brennan put it this way:`
 * then `"..."` in the next sentence or paragraph.
 */
export function colonIntro(ctx: QuoteContext): SpeakerFind | undefined {
  const { doc, quote } = ctx;
  if (ctx.before.length > 0) return undefined;
  let k = tokenIndexAt(doc.tokens, quote.open) - 1;
  while (k >= 0 && /^\s*$/.test(wordAt(doc, k))) k--;
  if (k < 0 || wordAt(doc, k) !== ":") return undefined;
  const sentence = doc.tokens[k]?.sentence;
  const frame: number[] = [];
  for (let i = k - 1; i >= 0 && doc.tokens[i]?.sentence === sentence && !ctx.quoted(i); i--) frame.unshift(i);
  const found = findLeadingSaid(doc, frame, "colon");
  if (found) return found;
  return undefined;
}
