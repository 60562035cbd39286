import type { Doc } from "../../model/doc.js";
import type { Token } from "../../model/token.js";
import { canonicalTerm } from "./synonyms.js";

/** Parts of speech that carry a sentence's content. */
const CONTENT_POS = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

/** Very common reporting and light verbs: they say that someone spoke, not what happened. */
const LIGHT_LEMMAS = new Set([
  "say", "tell", "add", "be", "have", "do", "get", "make", "go", "also", "just", "then", "now", "very",
  "would", "could", "should", "will", "may", "might", "not", "n't", "however", "still", "even", "so",
]);

/**
 * A proper noun's spelling skeleton, so transliteration variants meet ("Aleksey"/"Aleksei",
 * "Dmitri"/"Dmitry", "Vostrikova"/"Vostrykova", "Anabel"/"Annabelle"): y -> i, doubled letters collapsed.
 */
export function nameSkeleton(word: string): string {
  return word.toLowerCase().replace(/y/g, "i").replace(/(.)\1+/g, "$1").replace(/['’]s$/, "");
}

/** Normalize a term: lower case, no possessive, no inner hyphen ("cease-fire" -> "ceasefire"). */
function normalizeTerm(token: Token, text: string): string {
  if (token.pos === "PROPN") return nameSkeleton(text.slice(token.start, token.end));
  if (token.pos === "NUM") return text.slice(token.start, token.end).replace(/,/g, "").toLowerCase();
  return canonicalTerm(token.lemma.replace(/-/g, ""));
}

/**
 * One string per distinct term, however many times it is read: the terms key every map of the
 * alignment and the summary (document frequencies, weights, postings, centroids), and a map finds a
 * key that is the very same string by its address, where an equal but separate string is compared
 * character by character.
 */
const interned = new Map<string, string>();
/** A long-lived process forgets its terms past this many (a new story's terms are interned again). */
const MAX_INTERNED = 500_000;

function internTerm(term: string): string {
  const known = interned.get(term);
  if (known !== undefined) return known;
  if (interned.size >= MAX_INTERNED) interned.clear();
  interned.set(term, term);
  return term;
}

/** Align and summarize both read a doc's terms: compute them once per doc. */
const memo = new WeakMap<Doc, Array<Map<string, number>>>();
const namesMemo = new WeakMap<Doc, Array<Set<string>>>();

/** The name terms (proper nouns, as spelling skeletons) of each sentence of a doc. */
export function sentenceNames(doc: Doc): Array<Set<string>> {
  contentTerms(doc);
  return namesMemo.get(doc) ?? doc.sentences.map(() => new Set<string>());
}

/**
 * Content terms of each sentence of a doc, with counts: lemmas of nouns, verbs, adjectives, numbers
 * and names (names as spelling skeletons), plus hyphenated compounds joined ("cease-fire" also counts
 * as "ceasefire").
 */
export function contentTerms(doc: Doc): Array<Map<string, number>> {
  const known = memo.get(doc);
  if (known) return known;
  const out = doc.sentences.map(() => new Map<string, number>());
  const names = doc.sentences.map(() => new Set<string>());
  const text = doc.article.text;
  const tokens = doc.tokens;
  const add = (s: number, term: string) => {
    const m = out[s];
    if (m && term.length > 1) m.set(term, (m.get(term) ?? 0) + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    // "cease-fire" / "ceasefire": a hyphenated compound counts once, joined, not as its parts too
    // (three terms for one word outweighed the rest of the sentence).
    if (next && after && text[next.start] === "-" && next.end - next.start === 1 && next.start === t.end && after.start === next.end) {
      const joined = (text.slice(t.start, t.end) + text.slice(after.start, after.end)).toLowerCase();
      if (/\p{L}/u.test(joined)) {
        add(t.sentence, internTerm(canonicalTerm(joined)));
        i += 2;
        continue;
      }
    }
    if (t.stop || !CONTENT_POS.has(t.pos)) continue;
    if (!/[\p{L}\p{N}]/u.test(t.lemma)) continue;
    const term = internTerm(normalizeTerm(t, text));
    if (LIGHT_LEMMAS.has(term) || LIGHT_LEMMAS.has(t.lemma)) continue;
    add(t.sentence, term);
    if (t.pos === "PROPN" && term.length > 1) names[t.sentence]?.add(term);
  }
  memo.set(doc, out);
  namesMemo.set(doc, names);
  return out;
}
