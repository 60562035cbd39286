import type { OpinionMark } from "../../../model/opinion.js";
import type { SentenceView } from "../read-sentence-views.js";

/** What a sentence rule found: the kind of opinion and why. */
export interface SentenceFinding {
  readonly kind: OpinionMark["kind"];
  readonly reason: string;
}

/** One rule over one sentence in the writer's own voice (attributed and boilerplate ones never reach it). */
export interface SentenceRule {
  readonly name: string;
  find(view: SentenceView): SentenceFinding | undefined;
}
