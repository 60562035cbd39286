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
const cache = new Map<string, string>();

/**
 * The content words of a short text (a headline), lower-cased and Porter-stemmed, for matching text
 * that was never tagged ("Senators Reach Deal" meets "the senators reached a deal").
 * @example stemWords("Senators Reach Deal") // Set { "senat", "reach", "deal" }
 */
export function stemWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    if (STOP.has(w)) continue;
    let s = cache.get(w);
    if (s === undefined) {
      s = w.length > 3 ? porter(w) : w;
      if (cache.size < 100_000) cache.set(w, s);
    }
    out.add(s);
  }
  return out;
}
