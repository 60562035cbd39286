import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";
import type { QuoteMention } from "../../model/quote.js";
import type { Span, Warning } from "../../model/span.js";
import { findQuoteSpans, type QuoteSpan } from "./find-quote-spans.js";
import { type QuoteContext, type SpeakerFind, tokenIndexAt, wordAt } from "./quote-context.js";
import { resolveSpeaker } from "./resolve-speaker.js";
import { SPEAKER_RULES } from "./rules/index.js";

const TERMINAL = /^[.?!]$/;
const LETTER = /\p{L}/u;
/** Rules that read the quote's own sentence; a short quote none of them attributes is a scare quote. */
const OWN_SENTENCE_RULES = new Set(["trailing-said", "according-to", "leading-said", "trailing-said-loose"]);

function inside(q: QuoteSpan, pos: number): boolean {
  return pos >= q.open && pos <= q.close;
}

function quoteText(doc: Doc, q: QuoteSpan): string {
  return q.pieces.map((p) => doc.article.text.slice(p.start, p.end)).join(" ");
}

/** Token indices of the frame before and after a quote: its sentence, outside quotes, within `bounds`. */
function frameOf(doc: Doc, q: QuoteSpan, quoted: (i: number) => boolean, bounds: Span): { before: number[]; after: number[] } {
  const toks = doc.tokens;
  const paragraphOf = (i: number) => doc.sentences[toks[i]?.sentence ?? 0]?.paragraph;
  const before: number[] = [];
  const o = tokenIndexAt(toks, q.open);
  const prev = o - 1;
  if (prev >= 0 && (toks[prev]?.start ?? -1) >= bounds.start && !TERMINAL.test(wordAt(doc, prev)) && paragraphOf(prev) === paragraphOf(o)) {
    const s = toks[prev]?.sentence;
    for (let i = prev; i >= 0 && toks[i]?.sentence === s && (toks[i]?.start ?? -1) >= bounds.start; i--) {
      if (!quoted(i)) before.push(i);
    }
    before.reverse();
  }
  const after: number[] = [];
  const c = tokenIndexAt(toks, q.close + 1);
  const closeTok = tokenIndexAt(toks, q.close);
  if (c < toks.length && paragraphOf(c) === paragraphOf(closeTok) && (toks[c]?.end ?? Infinity) <= bounds.end) {
    const s = toks[c]?.sentence;
    for (let i = c; i < toks.length && toks[i]?.sentence === s && (toks[i]?.end ?? Infinity) <= bounds.end; i++) {
      if (quoted(i)) {
        if (i > c) break;
        continue;
      }
      after.push(i);
    }
  }
  return { before, after };
}

/**
 * Stage: finds direct quotes and their speakers (needs sentences, tokens, entities; adds `quotes`).
 * Quotes in straight or curly marks, over several sentences or paragraphs, partial or colon-introduced;
 * speakers by ordered rules (`SPEAKER_RULES`) and resolved to a name (pronouns, roles). A quote whose
 * speaker cannot be found gets `speaker: null` and a warning, never a guess.
 * @example annotateQuotes(doc, options).quotes[0] // { text: "We will win", speaker: "Ada Brennan", rule: "x-said", ... }
 */
export function annotateQuotes(doc: Doc, _options: Options): Doc {
  const spans = findQuoteSpans(doc.article.text);
  const top = spans.filter((q) => q.depth === 0);
  const warnings: Warning[] = [];
  const quotes: QuoteMention[] = [];
  const earlier: Array<QuoteContext["earlier"][number]> = [];
  let previous: { name: string; span: Span; at: number } | undefined;
  const source = doc.article.id;
  for (const q of spans) {
    const outer = q.depth === 1 ? top.find((o) => q.open > o.open && q.close < o.close) : undefined;
    const peers = q.depth === 0 ? top : spans.filter((x) => x.depth === 1 && outer && x.open > outer.open && x.close < outer.close);
    const quotedAt = (pos: number) => peers.some((x) => x !== q && inside(x, pos)) || inside(q, pos);
    const quoted = (i: number) => quotedAt(doc.tokens[i]?.start ?? -1);
    const bounds = outer ? { start: outer.open + 1, end: outer.close } : { start: 0, end: doc.article.text.length };
    const text = quoteText(doc, q);
    const frame = frameOf(doc, q, quoted, bounds);
    const before = frame.before;
    // 'the talks were "productive." The aide told reporters...': a quote that ends the sentence it
    // sits in leaves nothing after it.
    const after = before.length > 0 && /[.?!]$/.test(text) ? [] : frame.after;
    const ctx: QuoteContext = { doc, quote: q, before, after, earlier, quoted };
    if (!LETTER.test(text)) continue;
    let found: SpeakerFind | undefined;
    let ruleName = "none";
    for (const [name, rule] of SPEAKER_RULES) {
      if (q.depth === 1 && !OWN_SENTENCE_RULES.has(name)) continue;
      // Loose trailing only when the quote did not end its own sentence ("We won." Officials said...).
      if (name === "trailing-said-loose" && /[.?!]$/.test(text)) continue;
      found = rule(ctx);
      if (found) {
        ruleName = name;
        break;
      }
    }
    const words = text.split(/\s+/).filter(Boolean).length;
    const inSentence = before.length > 0 || after.length > 0;
    if (words <= 3 && inSentence && (!found || !OWN_SENTENCE_RULES.has(ruleName))) continue; // a scare quote or a title, not a statement
    const first = q.pieces[0] as Span;
    const last = q.pieces[q.pieces.length - 1] as Span;
    // "He told me, 'I will never sign,'" - a pronoun inside a quote points into the quoted speech, where
    // the article's own people are no guide: left unresolved rather than guessed.
    const resolved = !found
      ? undefined
      : q.depth === 1 && found.kind === "pronoun"
        ? { name: null, how: "unresolved" as const, reason: `pronoun "${doc.article.text.slice(found.span.start, found.span.end)}" inside a quote` }
        : resolveSpeaker(doc, found, quotedAt, q.depth === 0 ? previous : undefined);
    const speaker = resolved?.name ?? null;
    const mention: QuoteMention = {
      start: first.start,
      end: last.end,
      text,
      speaker,
      ...(found ? { speakerSpan: found.span } : {}),
      ...(resolved?.entitySpan ? { nameSpan: resolved.entitySpan } : {}),
      ...(q.depth === 1 ? { nested: true } : {}),
      rule: found ? `${found.rule}${resolved && resolved.how !== "name" ? `+${resolved.how}` : ""}` : "none",
      sentenceStart: doc.tokens[tokenIndexAt(doc.tokens, first.start)]?.sentence ?? 0,
      sentenceEnd: doc.tokens[tokenIndexAt(doc.tokens, Math.max(first.start, last.end - 1))]?.sentence ?? 0,
    };
    quotes.push(mention);
    if (speaker === null) {
      warnings.push({
        stage: "quotes",
        rule: "no-speaker",
        source,
        start: mention.start,
        end: mention.end,
        reason: resolved?.reason ? `speaker unknown: ${resolved.reason}` : "speaker unknown: no reporting verb, colon or earlier quote attributes this quote",
      });
    }
    if (q.unclosed) {
      warnings.push({ stage: "quotes", rule: "unclosed-quote", source, start: mention.start, end: mention.end, reason: "quotation mark never closed; the quote was ended at its paragraph" });
    }
    if (q.depth === 0) {
      earlier.push({ quote: q, speaker: found, name: speaker });
      if (speaker !== null && resolved?.how !== "description") previous = { name: speaker, span: resolved?.entitySpan ?? (found as SpeakerFind).span, at: q.close };
    }
  }
  return { ...doc, quotes, warnings: [...doc.warnings, ...warnings] };
}
