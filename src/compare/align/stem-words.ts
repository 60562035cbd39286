// talisman is CommonJS (declared in src/types/talisman.d.ts): its classical Porter stemmer. A static
// import, so that the bundles carry it.
import porter from "talisman/stemmers/porter.js";

const WORD = /[\p{L}\p{N}]+/gu;
/** Function words: they say nothing about what a headline is about. */
const STOP = new Set(
  "a an the and or but of to in on at for with by from as is was were be been are am it its this that these those he she they we you i his her their our your him them us not no so if than then there here has have had do does did will would can could should may might must shall said says after over into about up out new".split(
    " ",
  ),
);
/** Word -> its stem, or STOPPED for a function word (one lookup tells both). */
const cache = new Map<string, string>();
/** A function word's entry: no stem holds a space. */
const STOPPED = " ";
const MAX_CACHED = 100_000;
/** Only letters and digits below 128 (after lower-casing, only a-z and 0-9 are words there). */
const NOT_ASCII = /[^\u0000-\u007f]/;

function addStem(out: Set<string>, w: string): void {
  let s = cache.get(w);
  if (s === undefined) {
    s = STOP.has(w) ? STOPPED : w.length > 3 ? porter(w) : w;
    if (cache.size < MAX_CACHED) cache.set(w, s);
  }
  if (s !== STOPPED) out.add(s);
}

/**
 * The content words of a short text (a headline), lower-cased and Porter-stemmed, for matching text
 * that was never tagged ("Senators Reach Deal" meets "the senators reached a deal").
 * @example stemWords("Senators Reach Deal") // Set { "senat", "reach", "deal" }
 */
export function stemWords(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  if (NOT_ASCII.test(lower)) {
    for (const w of lower.match(WORD) ?? []) addStem(out, w);
    return out;
  }
  // ASCII: the words are the runs of a-z and 0-9, read by code rather than by the Unicode regex.
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (inWord && from < 0) from = i;
    else if (!inWord && from >= 0) {
      addStem(out, lower.slice(from, i));
      from = -1;
    }
  }
  return out;
}
