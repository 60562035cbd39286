import { LOADED_TERMS, type LoadedTerm } from "../lexicon/loaded-terms.js";
import type { SentenceView } from "../read-sentence-views.js";

export interface LoadedHit {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly entry: LoadedTerm;
}

/**
 * Each entry's forms without the word boundaries. A class such as `[\p{L}\p{N}-]` under the `iu`
 * flags costs V8 about a millisecond to compile, and again to tier up, for each of the ~140 entries:
 * most of the stage on a small brief. So a form is found plainly and its boundaries are checked
 * after, with the one bounded pattern of the entry compiled only when the plain match ends inside a
 * word (the same matches as the bounded patterns, which are the definition).
 */
const COMPILED = LOADED_TERMS.map((entry) => ({
  entry,
  plain: new RegExp(`(?:${entry.forms})`, "giu"),
  bounded: undefined as RegExp | undefined,
}));
const boundedForms = (forms: string) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms})(?![\\p{L}\\p{N}-])`, "iuy");
/** A letter, digit or hyphen ends the text before a match / starts the text after it: no word boundary. */
const WORD_BEFORE = /[\p{L}\p{N}-]$/iu;
const WORD_AFTER = /^[\p{L}\p{N}-]/iu;
const CAPITALISED = /^\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Every form at once, unbounded: most sentences hold none, and one test rules out all the entries. */
const ANY = new RegExp(LOADED_TERMS.map((e) => `(?:${e.forms})`).join("|"), "iu");

/** The entry's matches in `text`, as `(?<![\p{L}\p{N}-])(?:forms)(?![\p{L}\p{N}-])` with `giu` finds them. */
function* boundedMatches(compiled: (typeof COMPILED)[number], text: string, from = 0): Generator<{ index: number; text: string }> {
  const { plain } = compiled;
  plain.lastIndex = from;
  for (let m = plain.exec(text); m; m = plain.exec(text)) {
    const start = m.index;
    // No bounded match starts where a word goes on before: try the next position.
    if (WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      plain.lastIndex = start + 1;
      continue;
    }
    let found: string | undefined = m[0];
    if (WORD_AFTER.test(text.slice(start + found.length, start + found.length + 2))) {
      // The first alternative runs on into a word; another one may end at a boundary.
      compiled.bounded ??= boundedForms(compiled.entry.forms);
      compiled.bounded.lastIndex = start;
      found = compiled.bounded.exec(text)?.[0];
    }
    if (found === undefined || found.length === 0) {
      plain.lastIndex = start + 1;
      continue;
    }
    yield { index: start, text: found };
    plain.lastIndex = start + found.length;
  }
}

/**
 * Loaded words in the writer's own words of a reporting sentence (quoted words are the speaker's, not
 * the outlet's): "the rally turned into a rampage" -> "rampage" (dramatises; neutral "attack").
 * Offsets are absolute in the article text. Overlapping hits keep the longest.
 */
export function findLoadedTerms(view: SentenceView): LoadedHit[] {
  const hits: LoadedHit[] = [];
  // No form matches before the first place where one of them does: each entry reads on from there.
  const first = ANY.exec(view.own);
  if (!first) return hits;
  for (const compiled of COMPILED) {
    for (const m of boundedMatches(compiled, view.own, first.index)) {
      // "their album The Infamous", "the Notorious B.I.G.": a capitalised word inside a sentence is a name.
      if (CAPITALISED.test(m.text) && LETTER.test(view.own.slice(0, m.index))) continue;
      const start = view.sentence.start + m.index;
      hits.push({ start, end: start + m.text.length, term: m.text, entry: compiled.entry });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => !hits.slice(0, i).some((o) => o.start <= h.start && o.end >= h.end));
}
