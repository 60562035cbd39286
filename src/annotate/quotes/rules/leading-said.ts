import { readSpeakerLeft, readSpeakerRight } from "../read-speaker.js";
import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { wordAt } from "../quote-context.js";
import { findClauseSubject } from "./find-clause-subject.js";
import { isNonFiniteVerb, isReportingToken } from "./find-reporting-verb.js";

/**
 * A speaker before the opening mark, in the same sentence: `Ada Brennan said: "..."`,
 * `she told reporters, "..."`, `Brennan quipped in English, "..."`, `the minister urged "all sides"
 * to "stay calm"`. The reporting verb nearest the quote wins; its subject is read leftwards, or is the
 * clause's subject for "..., saying" and "to accuse".
 */
export function findLeadingSaid(doc: QuoteContext["doc"], before: readonly number[], rule: string): SpeakerFind | undefined {
  const set = new Set(before);
  const ok = (i: number) => set.has(i);
  for (let n = before.length - 1; n >= 0; n--) {
    const v = before[n] as number;
    if (!isReportingToken(doc, v)) continue;
    if (isNonFiniteVerb(doc, v)) {
      const subject = findClauseSubject(doc, before, v, rule);
      if (subject) return subject;
      continue;
    }
    const left = readSpeakerLeft(doc, v - 1, ok, rule);
    if (left?.kind === "pronoun") {
      // "Officials said they feared ...": the pronoun opens the reported clause; its referent is the
      // subject of the reporting verb before it.
      let k = doc.tokens.findIndex((t) => t.start === left.span.start) - 1;
      if (wordAt(doc, k).toLowerCase() === "that") k--;
      if (k >= 0 && ok(k) && isReportingToken(doc, k) && !isNonFiniteVerb(doc, k)) {
        const outer = readSpeakerLeft(doc, k - 1, ok, rule);
        if (outer && outer.kind !== "pronoun") return outer;
      }
    }
    if (left) return left;
    // "He looked at me and said, ..." - a coordinated verb shares the clause's subject.
    if (doc.tokens[v - 1]?.pos === "CCONJ") {
      const subject = findClauseSubject(doc, before, v, rule);
      if (subject) return subject;
    }
    // "Said Brennan: ..." - the subject after the verb, only when the verb opens the frame or a clause.
    const prev = before[n - 1];
    if (prev === undefined || /^[,;:—–(]$/.test(wordAt(doc, prev))) {
      const right = readSpeakerRight(doc, v + 1, ok, rule);
      if (right && wordAt(doc, v + 1) !== "that") return right;
    }
    return undefined;
  }
  return undefined;
}

/** Rule: reporting verb and subject before the quote. */
export const leadingSaid = (ctx: QuoteContext) => findLeadingSaid(ctx.doc, ctx.before, "x-said-before");
