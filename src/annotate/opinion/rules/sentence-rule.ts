import type { OpinionMark } from "../../../model/opinion.js";
import type { SentenceView } from "../read-sentence-views.js";

/** What a sentence rule found: the kind of opinion and why. */
export interface SentenceFinding {
  readonly kind: OpinionMark["kind"];
  readonly reason: string;
  /**
   * The writer is heard unmistakably: their own "I" or an address to the reader. Any other finding
   * (a hedge, a verdict, a question, an exclamation, a concession, a "we") counts only in an article
   * with at least one strong finding: alone in a report it is as often a set-up ("Why the last-minute
   * push?"), a transition ("Unfortunately, the cat had to be put down"), a paraphrase of a source
   * ("and perhaps prove a few people wrong") or an organisation's "we" as the outlet arguing.
   */
  readonly strong?: boolean;
}

/** One rule over one sentence in the writer's own voice (attributed and boilerplate ones never reach it). */
export interface SentenceRule {
  readonly name: string;
  find(view: SentenceView): SentenceFinding | undefined;
}
