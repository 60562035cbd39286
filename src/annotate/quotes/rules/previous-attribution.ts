import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { tokenIndexAt, wordAt } from "../quote-context.js";
import { isReportingToken } from "./find-reporting-verb.js";
import { findLeadingSaid } from "./leading-said.js";

/**
 * Rule: a quote standing alone right after a sentence of reported speech takes that sentence's
 * speaker: `Ada Brennan said the plan was flawed.` then `"It will never work."` Only the sentence
 * immediately before, in the same or the previous paragraph, and only when the quote has no frame.
 */
export function previousAttribution(ctx: QuoteContext): SpeakerFind | undefined {
  const { doc, quote } = ctx;
  if (ctx.before.length > 0 || ctx.after.some((i) => isReportingToken(doc, i))) return undefined;
  const k = tokenIndexAt(doc.tokens, quote.open) - 1;
  if (k < 0) return undefined;
  const sentence = doc.tokens[k]?.sentence;
  const here = doc.tokens[k + 1]?.sentence ?? 0;
  const hereP = doc.sentences[here]?.paragraph ?? 0;
  const thereP = doc.sentences[sentence ?? 0]?.paragraph ?? 0;
  if (sentence === undefined || hereP - thereP > 1 || !/^[.!?]$/.test(wordAt(doc, k))) return undefined;
  const frame: number[] = [];
  for (let i = k - 1; i >= 0 && doc.tokens[i]?.sentence === sentence; i--) {
    if (ctx.quoted(i)) return undefined; // a sentence with a quote of its own is the continuation rule's
    frame.unshift(i);
  }
  const found = findLeadingSaid(doc, frame, "previous-sentence");
  return found && found.kind !== "nominal" ? found : undefined;
}
