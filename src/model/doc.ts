import type { Article } from "./article.js";
import type { EntityMention } from "./entity.js";
import type { OpinionMark } from "./opinion.js";
import type { QuoteMention } from "./quote.js";
import type { Sentence } from "./sentence.js";
import type { Token } from "./token.js";
import type { Warning } from "./span.js";
import type { ValueMention } from "./value.js";

/**
 * One article as it moves through the pipeline. `article.text` never changes after cleaning; each
 * annotate stage returns a copy with its own array filled in, as offsets into that text.
 */
export interface Doc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  /** Tokens with lemma and POS, from the same NLP pass that found the sentences. */
  readonly tokens: readonly Token[];
  readonly entities: readonly EntityMention[];
  readonly quotes: readonly QuoteMention[];
  readonly values: readonly ValueMention[];
  readonly opinion: readonly OpinionMark[];
  readonly warnings: readonly Warning[];
}

/** A pipeline stage: needs some fields of a Doc and returns a copy with more. */
export type Stage<C = unknown> = (doc: Doc, ctx: C) => Doc;

export function sentenceText(doc: Doc, s: { start: number; end: number }): string {
  return doc.article.text.slice(s.start, s.end);
}
