import type { SentenceRule } from "./sentence-rule.js";

/** A modal, a "why" or a negation: what makes a question an argument rather than a set-up. */
const ARGUING = /\b(?:will|would|could|should|shall|can|must|might|ought|why)\b|n(?:'|’)t\b|\bnot\b/i;

/** A word of letters with its punctuation, not a number, a link or a symbol. */
const PLAIN_WORD = /^["'“‘(]*\p{L}[\p{L}'’-]*[,.;:?!"'”’)]*$/u;

/**
 * A question in the writer's voice that nobody in the story asks: "Will the long arm of the state
 * reach academic conferences abroad?". Questions with "you", or alone in a paragraph that a quoted
 * answer follows, are an interviewer's, and a question as
 * the first sentence is a headline or a teaser; neither counts. A weak finding: it needs the writer's
 * "I" or an address to the reader elsewhere in the article.
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
    if (words.filter((w) => PLAIN_WORD.test(w)).length < words.length * 0.6) return undefined;
    // "How will the trial unfold?", "What happens next?": a teaser for what follows, not a stance.
    // "So, just how did the team connect the two?": the same teaser.
    if (/^(?:(?:but|and|so),? )?(?:just |exactly )?(?:how|what|when|where|who|whom|which|looking)\b/i.test(own) && !/^(?:(?:but|and|so),? )?how (?:could|can|on earth|is it|dare)\b/i.test(own)) return undefined;
    // "Do we have an oxygen bar in the city?", "Ready to make it easier?": a question about what is sets
    // up its own answer; one about what will, would, should or could be, or why, or one put in the
    // negative ("Isn't it time ...?") is the writer arguing.
    if (!ARGUING.test(own)) return undefined;
    return { kind: "opinion", reason: "a question the writer puts to the reader" };
  },
};
