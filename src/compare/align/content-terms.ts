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

/** A long-lived process forgets the terms and skeletons it keeps past this many (they are found again). */
const MAX_REMEMBERED = 500_000;

/** Names' skeletons by spelling: a story names the same people again and again. */
const skeletons = new Map<string, string>();

/**
 * A proper noun's spelling skeleton, so transliteration variants meet ("Aleksey"/"Aleksei",
 * "Dmitri"/"Dmitry", "Vostrikova"/"Vostrykova", "Anabel"/"Annabelle"): y -> i, doubled letters collapsed.
 */
export function nameSkeleton(word: string): string {
  let skeleton = skeletons.get(word);
  if (skeleton === undefined) {
    skeleton = word.toLowerCase().replace(/y/g, "i").replace(/(.)\1+/g, "$1").replace(/['’]s$/, "");
    if (skeletons.size >= MAX_REMEMBERED) skeletons.clear();
    skeletons.set(word, skeleton);
  }
  return skeleton;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Does the word hold a letter or a digit of any script? ASCII is read by code, the rest by the regex. */
function hasLetterOrDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return LETTER_OR_DIGIT.test(word);
  }
  return false;
}

/** Normalize a term: lower case, no possessive, no inner hyphen ("cease-fire" -> "ceasefire"). */
function normalizeTerm(token: Token, text: string): string {
  if (token.pos === "PROPN") return nameSkeleton(text.slice(token.start, token.end));
  if (token.pos === "NUM") return text.slice(token.start, token.end).replace(/,/g, "").toLowerCase();
  return canonicalTerm(token.lemma.includes("-") ? token.lemma.replace(/-/g, "") : token.lemma);
}

/**
 * One string per distinct term, however many times it is read: the terms key every map of the
 * alignment and the summary (document frequencies, weights, postings, centroids), and a map finds a
 * key that is the very same string by its address, where an equal but separate string is compared
 * character by character.
 */
const interned = new Map<string, string>();

function internTerm(term: string): string {
  const known = interned.get(term);
  if (known !== undefined) return known;
  if (interned.size >= MAX_REMEMBERED) interned.clear();
  interned.set(term, term);
  return term;
}

/** Align and summarize both read a doc's terms: compute them once per doc. */
const memo = new WeakMap<Doc, Array<Map<string, number>>>();
const namesMemo = new WeakMap<Doc, Array<ReadonlySet<string>>>();

/** The names of a sentence that names no one: one set for them all, never added to. */
const NO_NAMES: ReadonlySet<string> = new Set<string>();

/** The name terms (proper nouns, as spelling skeletons) of each sentence of a doc. */
export function sentenceNames(doc: Doc): Array<ReadonlySet<string>> {
  contentTerms(doc);
  return namesMemo.get(doc) ?? doc.sentences.map(() => NO_NAMES);
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
  // A set only for a sentence that names someone (most name no one).
  const names: Array<Set<string> | undefined> = new Array(doc.sentences.length);
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
    if (!hasLetterOrDigit(t.lemma)) continue;
    const term = internTerm(normalizeTerm(t, text));
    if (LIGHT_LEMMAS.has(term) || LIGHT_LEMMAS.has(t.lemma)) continue;
    add(t.sentence, term);
    if (t.pos === "PROPN" && term.length > 1 && t.sentence >= 0 && t.sentence < names.length) {
      let named = names[t.sentence];
      if (!named) names[t.sentence] = named = new Set();
      named.add(term);
    }
  }
  memo.set(doc, out);
  namesMemo.set(doc, Array.from(names, (n) => n ?? NO_NAMES));
  return out;
}
