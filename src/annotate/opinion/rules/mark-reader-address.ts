import type { SentenceRule } from "./sentence-rule.js";

/**
 * The writer speaks to the reader: "If you don't trust the minister's instincts, you can feel
 * reassured", "Depending on your perspective, ...", "Don't do anything you'll regret".
 * An explainer's "you" ("When you search for a place, you'll get a box") is not address: only
 * attitudes (trust, believe, agree ...) and imperatives count. "Please ..." is left out: on a page it is
 * an instruction ("Please check weekly to see her current location", "Please choose a community"),
 * not the writer arguing.
 */
const ADDRESS: readonly RegExp[] = [
  /\bif you (?:don(?:'|’)t |do not |do |still |really |already )?(?:trust|believe|think|agree|disagree|like|love|hate|care|want|doubt|worry|fear|feel|have (?:faith|doubts|any doubt)|are (?:worried|concerned|wondering|tempted|inclined|skeptical|sceptical|among|one of)|were (?:wondering|hoping|worried))\b/i,
  // "Depending on your perspective, ..." is the reader's view; "depending on your individual
  // workload" is a product review's plain condition.
  /\bdepending on (?:your (?:\w+ )?(?:view|views|perspective|point of view|politics|opinion|outlook|take|stance|leanings|loyalties|sympathies|mood|taste|tastes|allegiance)|how you (?:see|look at|view|feel|think))\b/i,
  // "you can feel reassured"; not the senses ("if you press slowly, you can feel where the click is").
  /\byou (?:can|could|may|might|should|must|will|would|(?:'|’)ll|(?:'|’)d) (?:also |well |easily |rightly |still )?(?:feel(?! (?:where|how|when|what|the|a|an|it|its|this|that|them|each|every)\b)|be forgiven|forgive|agree|imagine|bet|wonder|argue|decide|judge|guess|expect|be (?:sure|certain|excused|reassured|disappointed|tempted))\b/i,
  // "Consider this 2014 entry — ..." presents an example; "Consider that ..." and "Consider how ..." argue.
  /^(?:(?:but|and|so|now),? )?(?:note that|consider (?:that|how|whether|why|the irony)|imagine|remember|don(?:'|’)t|do not|keep in mind|ask yourself|make no mistake|mark my words|beware|never forget|rest assured|believe me|trust me)\b/i,
  /\b(?:in case you|as you (?:might|may|can|will) (?:expect|imagine|guess|have guessed|know|recall))\b/i,
];

export const markReaderAddress: SentenceRule = {
  name: "reader-address",
  find(view) {
    const own = view.own.trim();
    // "Are you disappointed how the vote went?": an interviewer's question, not an address to readers.
    if (/\?\s*$/.test(own) && !/^(?:if|depending)/i.test(own)) return undefined;
    const hit = ADDRESS.find((re) => re.test(own));
    if (!hit) return undefined;
    return { kind: "address", reason: `speaks to the reader ("${hit.exec(own)?.[0]}")`, strong: true };
  },
};
