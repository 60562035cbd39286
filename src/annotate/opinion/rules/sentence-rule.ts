import type { OpinionMark } from "../../../model/opinion.js";
import type { SentenceView } from "../read-sentence-views.js";

/** What a sentence rule found: the kind of opinion and why. */
export interface SentenceFinding {
  readonly kind: OpinionMark["kind"];
  readonly reason: string;
  /**
   * The finding counts only if the article also has the writer's own "I" somewhere: a plural "we"
   * alone is as often an organisation, a research team or a newsroom ("We believe they are using
   * anti-aircraft weapons", "we feel that such agents would have created uncertainty").
   */
  readonly needsWriter?: boolean;
  /**
   * The finding counts only if another rule also finds the writer's voice somewhere in the article (a
   * first person, an address to the reader, a verdict, a hedge): a lone question or exclamation in a
   * report is a set-up for what follows ("Why the last-minute push?", "Is this number correct?") or a
   * press release's flourish, not the outlet arguing.
   */
  readonly needsVoice?: boolean;
}

/** One rule over one sentence in the writer's own voice (attributed and boilerplate ones never reach it). */
export interface SentenceRule {
  readonly name: string;
  find(view: SentenceView): SentenceFinding | undefined;
}
