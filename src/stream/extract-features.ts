import type { Doc } from "../model/doc.js";
import type { Token } from "../model/token.js";
import { segmentSentences } from "../segment/segment-sentences.js";
import type { ArticleFeatures } from "../store/store.js";
import { signShingles } from "./sign-shingles.js";

/** Parts of speech that carry what a story is about. */
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
/** Value kinds specific enough to tie two reports together (an ordinal or a bare title is not). */
const VALUE_KINDS = new Set(["count", "duration", "distance", "money", "percent", "date", "number"]);
const MS_PER_DAY = 86_400_000;

/** Times a headline word counts: the headline names the story ("Senate passes budget plan"). */
const TITLE_WEIGHT = 2;

/** Add the content lemmas of `tokens` to `terms`, each occurrence counting `weight`. */
function countTerms(tokens: readonly Token[], terms: Record<string, number>, weight: number): void {
  for (const t of tokens) {
    if (t.stop || !CONTENT_POS.has(t.pos)) continue;
    const lemma = t.lemma.toLowerCase();
    // Lemmas without two letters ("-", "'s", "9am") say nothing about the story.
    if (!/\p{L}.*\p{L}/u.test(lemma) || lemma.length > 40) continue;
    terms[lemma] = (terms[lemma] ?? 0) + weight;
  }
}

/** Publication day (days since the epoch) from an ISO-ish date string, when it parses. */
export function dayOf(published: string | undefined): number | undefined {
  if (!published) return undefined;
  const t = Date.parse(published);
  return Number.isNaN(t) ? undefined : Math.floor(t / MS_PER_DAY);
}

/** A value as a key: kind, unit and the low end, so "$5 million" and "5,000,000 dollars" meet. */
function valueKey(v: Doc["values"][number]): string | undefined {
  if (!VALUE_KINDS.has(v.kind)) return undefined;
  // A bare small number ("two", "3") appears in every story: only numbers of 10 and more identify one.
  if ((v.kind === "number" || v.kind === "count") && Math.abs(v.low) < 10) return undefined;
  if (v.kind === "date" && v.precision !== "day" && v.precision !== "time") return undefined;
  return `${v.kind}:${v.unit ?? ""}:${Math.round(v.low * 100) / 100}`;
}

/**
 * What clustering needs from an analysed article: content lemmas, named entities, typed values, the
 * publication day and a MinHash signature. Stored with the article so the index rebuilds without NLP.
 * @example extractFeatures(analyzeArticle(raw, options)).terms["summit"] // 3
 */
export function extractFeatures(doc: Doc): ArticleFeatures {
  const terms: Record<string, number> = {};
  countTerms(doc.tokens, terms, 1);
  if (doc.article.title) countTerms(segmentSentences(doc.article.title).tokens, terms, TITLE_WEIGHT);
  const entities: Record<string, number> = {};
  for (const e of doc.entities) {
    const name = (e.full ?? e.name).toLowerCase().trim();
    if (name) entities[name] = (entities[name] ?? 0) + 1;
  }
  const values = [...new Set(doc.values.map(valueKey).filter((k): k is string => k !== undefined))];
  const day = dayOf(doc.article.published);
  return { terms, entities, values, ...(day !== undefined ? { day } : {}), minhash: signShingles(doc.article.text) };
}
