import { CONCEDED_JUDGEMENT, CONCESSION, STRONG_STANCE } from "../lexicon/stance-markers.js";
import type { SentenceRule } from "./sentence-rule.js";

/** The writer passes a verdict in their own voice: "Of course, ...", "The real question is ...". */
export const markStance: SentenceRule = {
  name: "stance",
  find(view) {
    for (const m of STRONG_STANCE) {
      const hit = m.pattern.exec(view.own);
      if (hit) return { kind: "opinion", reason: `${m.reason}: "${hit[0].replace(/,$/, "")}"` };
    }
    const conceded = CONCESSION.pattern.exec(view.own);
    if (conceded) {
      const rest = view.own.replace(CONCESSION.pattern, " ");
      return { kind: "opinion", reason: `${CONCESSION.reason}: "${conceded[0]}"`, ...(CONCEDED_JUDGEMENT.test(rest) ? {} : { needsVoice: true }) };
    }
    return undefined;
  },
};
