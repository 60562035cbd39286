import { distance } from "fastest-levenshtein";
// talisman is CommonJS (declared in src/types/talisman.d.ts). A static import, so that the bundles carry it.
import jaroWinkler from "talisman/metrics/jaro-winkler.js";

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|dame|mx)\.?$/i;
const INITIAL = /^\p{L}\.?$/u;

/**
 * A spelling key that makes common transliteration variants equal: "Sergey"/"Sergei",
 * "Yury"/"Yuri", "Kovalskyy"/"Kovalsky", "Mikhail"/"Mihail", doubled letters.
 */
export function transliterationKey(word: string): string {
  // Names are compared pairwise within a story: each word's key is worked out once.
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    key = computeTransliterationKey(word);
    keyCache.set(word, key);
  }
  return key;
}

/** Keys of recently compared name words (bounded: a long-lived process briefs many stories). */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

function computeTransliterationKey(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s?$/, "")
    .replace(/kh/g, "h")
    .replace(/ck/g, "k")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/^j(?=[aeiou])/, "y")
    .replace(/(yy|iy|ii|ij)$/, "y")
    .replace(/ey$/, "ei")
    .replace(/y$/, "i")
    .replace(/(.)\1+/g, "$1");
}

/** The words of a person's name without honorifics: "Mr. Ada M. Brennan" -> ["Ada", "M.", "Brennan"]. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/).filter((w) => w && !HONORIFIC.test(w));
}

/** Surnames match when equal after transliteration, or one letter apart in a long name with Jaro-Winkler >= 0.95. */
export function surnamesMatch(a: string, b: string): boolean {
  const ka = transliterationKey(a);
  const kb = transliterationKey(b);
  if (ka === kb) return true;
  if (Math.min(ka.length, kb.length) < 6) return false;
  return distance(ka, kb) <= 1 && jaroWinkler(ka, kb) >= 0.95;
}

/** First names match when equal after transliteration, one is the other's initial, or Jaro-Winkler >= 0.9. */
export function firstNamesMatch(a: string, b: string): boolean {
  const ka = transliterationKey(a.replace(/\.$/, ""));
  const kb = transliterationKey(b.replace(/\.$/, ""));
  if (ka === kb) return true;
  if (INITIAL.test(a) || INITIAL.test(b)) return ka[0] === kb[0];
  return Math.min(ka.length, kb.length) >= 4 && jaroWinkler(ka, kb) >= 0.9;
}

/**
 * Two full person names refer to one person: same surname (up to spelling) and, when both give a
 * first name, matching first names. "Ada Brennan" / "Ada Brenan" yes; "Ada Brennan" / "Tom Brennan" no.
 */
export function personNamesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const sa = wa[wa.length - 1];
  const sb = wb[wb.length - 1];
  if (!sa || !sb || !surnamesMatch(sa, sb)) return false;
  if (wa.length < 2 || wb.length < 2) return true;
  return firstNamesMatch(wa[0] as string, wb[0] as string);
}

/** A name as a comparison key for organisations and places: "the Acme Corp." -> "acme corp". */
export function plainKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/['’]s?$/, "")
    .replace(/[.,]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
