import { LOADED_TERMS, type LoadedTerm } from "../lexicon/loaded-terms.js";
import type { SentenceView } from "../read-sentence-views.js";

export interface LoadedHit {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly entry: LoadedTerm;
}

const COMPILED = LOADED_TERMS.map((entry) => ({
  entry,
  re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${entry.forms})(?![\\p{L}\\p{N}-])`, "giu"),
}));

/** Every form at once: most sentences hold no loaded word, and one test rules out all the entries. */
const ANY = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${LOADED_TERMS.map((e) => `(?:${e.forms})`).join("|")})(?![\\p{L}\\p{N}-])`, "iu");

/**
 * Loaded words in the writer's own words of a reporting sentence (quoted words are the speaker's, not
 * the outlet's): "the rally turned into a rampage" -> "rampage" (dramatises; neutral "attack").
 * Offsets are absolute in the article text. Overlapping hits keep the longest.
 */
export function findLoadedTerms(view: SentenceView): LoadedHit[] {
  const hits: LoadedHit[] = [];
  if (!ANY.test(view.own)) return hits;
  for (const { entry, re } of COMPILED) {
    re.lastIndex = 0;
    for (const m of view.own.matchAll(re)) {
      // "their album The Infamous", "the Notorious B.I.G.": a capitalised word inside a sentence is a name.
      if (/^\p{Lu}/u.test(m[0]) && /\p{L}/u.test(view.own.slice(0, m.index ?? 0))) continue;
      const start = view.sentence.start + (m.index ?? 0);
      hits.push({ start, end: start + m[0].length, term: m[0], entry });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => !hits.slice(0, i).some((o) => o.start <= h.start && o.end >= h.end));
}
