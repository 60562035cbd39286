import { CONCEDED_JUDGEMENT, CONCESSION, STRONG_STANCE } from "../lexicon/stance-markers.js";
import { anyPatternMatches, joinPatterns } from "../join-patterns.js";
import type { SentenceRule } from "./sentence-rule.js";

const STRONG_PATTERNS = STRONG_STANCE.map((m) => m.pattern);
/** Every strong stance pattern in one scan: most sentences hold none. */
const ANY_STRONG = joinPatterns(STRONG_PATTERNS);

/** The writer passes a verdict in their own voice: "Of course, that could ...", "The real question is ...". A weak finding. */
export const markStance: SentenceRule = {
  name: "stance",
  find(view) {
    if (anyPatternMatches(STRONG_PATTERNS, ANY_STRONG, view.own)) {
      for (const m of STRONG_STANCE) {
        const hit = m.pattern.exec(view.own);
        if (hit) return { kind: "opinion", reason: `${m.reason}: "${hit[0].replace(/,$/, "")}"` };
      }
    }
    // "Needless to say, the developers applauded": a concession before a plain fact is a transition;
    // it is the writer's verdict only with a judgement or a modal of its own in the same sentence.
    const conceded = CONCESSION.pattern.exec(view.own);
    if (conceded && CONCEDED_JUDGEMENT.test(view.own.replace(CONCESSION.pattern, " "))) {
      return { kind: "opinion", reason: `${CONCESSION.reason}: "${conceded[0]}"` };
    }
    return undefined;
  },
};
