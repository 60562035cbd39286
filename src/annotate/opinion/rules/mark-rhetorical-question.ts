import type { SentenceRule } from "./sentence-rule.js";

/**
 * A question in the writer's voice that nobody in the story asks: "Will the long arm of the state
 * reach academic conferences abroad?". Questions with "you", or alone in a paragraph that a quoted
 * answer follows, are an interviewer's, and a question as
 * the first sentence is a headline or a teaser; neither counts.
 */
export const markRhetoricalQuestion: SentenceRule = {
  name: "rhetorical-question",
  find(view) {
    const own = view.own.trim();
    if (!/\?["'”’)]*$/.test(own) || view.quotedShare > 0.3 || view.position.index === 0) return undefined;
    if (/\byou(?:r|rs|rself)?\b/i.test(own) || view.answered) return undefined;
    if (own.split(/\s+/).length < 4) return undefined;
    // "V-1 (KUVP 133862) 52 68 – Ungual ?": a row of a data table with a query mark is mostly codes
    // and numbers; "Pretty much the same, right?" is words.
    const words = own.split(/\s+/);
    if (words.filter((w) => /^["'“‘(]*\p{L}[\p{L}'’-]*[,.;:?!"'”’)]*$/u.test(w)).length < words.length * 0.6) return undefined;
    // "How will the trial unfold?", "What happens next?": a teaser for what follows, not a stance.
    // "So, just how did the team connect the two?": the same teaser.
    if (/^(?:(?:but|and|so),? )?(?:just |exactly )?(?:how|what|when|where|who|whom|which|looking)\b/i.test(own) && !/^(?:(?:but|and|so),? )?how (?:could|can|on earth|is it|dare)\b/i.test(own)) return undefined;
    return { kind: "opinion", reason: "a question the writer puts to the reader", needsVoice: true };
  },
};
