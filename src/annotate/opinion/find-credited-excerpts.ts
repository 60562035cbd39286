import type { Sentence } from "../../model/sentence.js";
import { type ParagraphText, paragraphTexts } from "./paragraph-texts.js";

/** A name of one to six capitalised words, joined by "of", "the", "and", "&": "Games Weekly". */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}.'’&-]*)){0,5}`;
/** A paragraph that is only a credit: "[ The Review Site ]", "[ Games Weekly ]", "— Daily Courier". */
const CREDIT_LINE = new RegExp(String.raw`^(?:\[\s*${NAME}\s*\]|[—–]\s*${NAME})$`, "u");
/** A page is a roundup of excerpts only when it credits at least this many of them. */
const MIN_CREDITS = 2;

/**
 * A roundup of other outlets' words, each excerpt followed by a paragraph crediting it: "Only once
 * did I experience anything that looked like lag ... it was perfect." / "[ The Review Site ]". The
 * excerpt's "I" is that reviewer's, not the writer's. With at least MIN_CREDITS credit paragraphs,
 * every paragraph before a credit, back to the previous credit (or the start), is someone else's
 * words; the writer's own introduction before the first excerpt is lost this way, which costs recall,
 * not precision. Returns the indices of the sentences inside credited excerpts.
 */
export function findCreditedExcerpts(
  sentences: readonly Sentence[],
  text: string,
  paragraphs: readonly ParagraphText[] = paragraphTexts(sentences, text),
): Set<number> {
  const credits = paragraphs.flatMap((p, k) => (CREDIT_LINE.test(p.text.trim()) ? [k] : []));
  const out = new Set<number>();
  if (credits.length < MIN_CREDITS) return out;
  let from = 0;
  for (const k of credits) {
    for (let j = from; j < k; j++) for (const { index } of paragraphs[j]?.sentences ?? []) out.add(index);
    from = k + 1;
  }
  return out;
}
