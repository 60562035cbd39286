import type { Doc } from "../../model/doc.js";
import type { EntityMention } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import type { Token } from "../../model/token.js";
import type { QuoteSpan } from "./find-quote-spans.js";

/** A speaker expression found in the text, before it is resolved to a name. */
export interface SpeakerFind {
  span: Span;
  kind: "entity" | "pronoun" | "nominal";
  entity?: EntityMention;
  /** The rule that found it ("x-said", "said-x", "according-to", ...). */
  rule: string;
  /** Set when the speaker was taken over from another quote (continuation, colon). */
  resolved?: { name: string; span: Span };
}

/** What the attribution rules see for one quote. */
export interface QuoteContext {
  readonly doc: Doc;
  readonly quote: QuoteSpan;
  /** Token indices of the frame before the opening mark (same sentence, outside other quotes). */
  readonly before: readonly number[];
  /** Token indices of the frame after the closing mark (same sentence, outside other quotes). */
  readonly after: readonly number[];
  /** Quotes attributed so far, in text order, with what was found. */
  readonly earlier: ReadonlyArray<{ quote: QuoteSpan; speaker: SpeakerFind | undefined; name: string | null }>;
  /** True when the token lies inside a quotation (of the same depth as the quote's frame). */
  readonly quoted: (tokenIndex: number) => boolean;
}

/** An attribution rule: finds the speaker of one quote, or says nothing. */
export type SpeakerRule = (ctx: QuoteContext) => SpeakerFind | undefined;

/** Index of the first token ending after `pos`. */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The characters of token `i`. */
export function wordAt(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return t ? doc.article.text.slice(t.start, t.end) : "";
}

/** The entity mention that covers token `i`, if any. */
export function entityAt(doc: Doc, i: number): EntityMention | undefined {
  const t = doc.tokens[i];
  if (!t) return undefined;
  return doc.entities.find((e) => e.start <= t.start && t.end <= e.end);
}
