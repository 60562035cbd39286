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
 * A proper noun's spelling skeleton, so transliteration variants meet ("Sergey"/"Sergei",
 * "Yuri"/"Yury", "Zelensky"/"Zelenskyy"): y -> i, doubled letters collapsed.
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
 * Content terms of each sentence of a doc, with counts: lemmas of nouns, verbs, adjectives, numbers
 * and names (names as spelling skeletons), plus hyphenated compounds joined ("cease-fire" also counts
 * as "ceasefire").
 */
export function contentTerms(doc: Doc): Array<Map<string, number>> {
  const out = doc.sentences.map(() => new Map<string, number>());
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
    if (next && after && text.slice(next.start, next.end) === "-" && next.start === t.end && after.start === next.end) {
      add(t.sentence, (text.slice(t.start, t.end) + text.slice(after.start, after.end)).toLowerCase());
    }
    if (t.stop || !CONTENT_POS.has(t.pos) || LIGHT_LEMMAS.has(t.lemma)) continue;
    if (!/[\p{L}\p{N}]/u.test(t.lemma)) continue;
    add(t.sentence, normalizeTerm(t, text));
  }
  return out;
}
