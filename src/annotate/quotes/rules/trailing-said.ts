import { readSpeakerLeft, readSpeakerRight } from "../read-speaker.js";
import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { wordAt } from "../quote-context.js";
import { isReportingToken } from "./find-reporting-verb.js";

const SKIP = /^[,—–-]$/;
const SUBORDINATORS = new Set(["which", "that", "who", "whom", "if", "because", "when", "while", "although", "though", "unless", "since", "whether", "where"]);

/**
 * A speaker right after the closing mark: `"...," Ada Brennan said`, `"...," said Ada Brennan`,
 * `"...," she told reporters`, `"...," Brennan added`. Looks at the first few words of the frame only,
 * so a later clause's verb does not steal the quote.
 */
export function findTrailingSaid(ctx: QuoteContext, window = 8): SpeakerFind | undefined {
  const { doc, after } = ctx;
  // Only the first `window` words of the frame are read: collect no more.
  const frame: number[] = [];
  for (const i of after) {
    if (frame.length >= window) break;
    if (!SKIP.test(wordAt(doc, i))) frame.push(i);
  }
  let set: Set<number> | undefined;
  const ok = (i: number) => (set ??= new Set(after)).has(i);
  for (let n = 0; n < frame.length; n++) {
    const v = frame[n] as number;
    // '"Next time," which the mayor said ...', '"very severe" sanctions if it continued': a verb in a
    // subordinate or relative clause after the quote does not attribute it.
    // ("one of the states that sued, said" is a relative clause inside an apposition: "that" + verb.)
    const nextPos = doc.tokens[v + 1]?.pos;
    if (SUBORDINATORS.has(wordAt(doc, v).toLowerCase()) && nextPos !== "VERB" && nextPos !== "AUX") return undefined;
    if (!isReportingToken(doc, v)) continue;
    if (n === 0 || (n === 1 && doc.tokens[frame[0] as number]?.pos === "ADV")) {
      // Inverted: "said Ada Brennan". Not "said he" when a subject preceded, handled below.
      const right = readSpeakerRight(doc, v + 1, ok, "said-x");
      if (right) return right;
    }
    const left = readSpeakerLeft(doc, v - 1, ok, "x-said");
    if (left) return left;
    return undefined;
  }
  return undefined;
}

/** Rule: the speaker in the first words after the quote. */
export const trailingSaid = (ctx: QuoteContext) => findTrailingSaid(ctx, 8);

/** Rule: the speaker anywhere after the quote in its sentence ("...," Brennan, who led the talks, said). */
export const trailingSaidLoose = (ctx: QuoteContext) => findTrailingSaid(ctx, 40);
