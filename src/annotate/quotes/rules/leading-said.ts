import { readSpeakerLeft, readSpeakerRight } from "../read-speaker.js";
import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { wordAt } from "../quote-context.js";
import { isReportingToken } from "./find-reporting-verb.js";

/**
 * A speaker before the opening mark, in the same sentence: `Ada Brennan said: "..."`,
 * `she told reporters, "..."`, `Brennan quipped in English, "..."`, `the minister urged "all sides"
 * to "stay calm"`. The reporting verb nearest the quote wins; its subject is read leftwards.
 */
export function findLeadingSaid(doc: QuoteContext["doc"], before: readonly number[], rule: string): SpeakerFind | undefined {
  const set = new Set(before);
  const ok = (i: number) => set.has(i);
  for (let n = before.length - 1; n >= 0; n--) {
    const v = before[n] as number;
    if (!isReportingToken(doc, v)) continue;
    const left = readSpeakerLeft(doc, v - 1, ok, rule);
    if (left) return left;
    // "Said Brennan: ..." or "As put by Brennan:" - subject after the verb.
    const right = readSpeakerRight(doc, v + 1, ok, rule);
    if (right && wordAt(doc, v + 1) !== "that") return right;
    return undefined;
  }
  return undefined;
}

/** Rule: reporting verb and subject before the quote. */
export const leadingSaid = (ctx: QuoteContext) => findLeadingSaid(ctx.doc, ctx.before, "x-said-before");
