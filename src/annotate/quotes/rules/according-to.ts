import { readSpeakerRight } from "../read-speaker.js";
import type { QuoteContext, SpeakerFind } from "../quote-context.js";
import { wordAt } from "../quote-context.js";

/** Rule: `according to Ada Brennan, "..."` or `"...," according to the ministry`. */
export function accordingTo(ctx: QuoteContext): SpeakerFind | undefined {
  for (const frame of [ctx.after, ctx.before]) {
    const set = new Set(frame);
    for (const i of frame) {
      if (wordAt(ctx.doc, i).toLowerCase() === "according" && wordAt(ctx.doc, i + 1).toLowerCase() === "to") {
        const s = readSpeakerRight(ctx.doc, i + 2, (k) => set.has(k), "according-to");
        if (s) return s;
      }
    }
  }
  return undefined;
}
