import { ORG_WORDS, PLACE_WORDS } from "./org-words.js";
import { HONORIFICS, isNationalityWord, matchTitleAt, matchTitleEndingAt, TITLE_MODIFIERS } from "./titles.js";

/** What the front of a name run holds besides the name. */
export interface TitleSplit {
  /** Words (count) at the front that are title, modifiers or honorific. */
  skip: number;
  /** Words (count) of the skipped front that make the title, honorific excluded. */
  titleWords: number;
  titleFrom: number;
  honorific: boolean;
}

function isModifier(word: string): boolean {
  return TITLE_MODIFIERS.has(word.toLowerCase()) || isNationalityWord(word);
}

/**
 * Split a title off the front of a capitalised run: "Russian Foreign Minister Ada Brennan" -> skip 3
 * words; "Mr. Tom Hale" -> honorific. Modifiers ("former", "U.S.", "Acting") count only when a title
 * of the lexicon follows them, so "White House" stays a name.
 */
export function splitTitle(words: readonly string[]): TitleSplit {
  const lower = words.map((w) => w.toLowerCase());
  let i = 0;
  let titleFrom = -1;
  let titleEnd = 0;
  let honorific = false;
  for (;;) {
    const w = words[i];
    const l = lower[i];
    if (w === undefined || l === undefined) break;
    if (HONORIFICS.has(l)) {
      honorific = true;
      i++;
      continue;
    }
    const n = matchTitleAt(lower, i);
    if (n > 0) {
      if (titleFrom < 0) titleFrom = i;
      i += n;
      titleEnd = i;
      continue;
    }
    if (isModifier(w)) {
      // Look ahead over modifiers for a title.
      let k = i;
      while (k < words.length && isModifier(words[k] ?? "") && matchTitleAt(lower, k) === 0) k++;
      if (k < words.length && matchTitleAt(lower, k) > 0) {
        if (titleFrom < 0) titleFrom = i;
        i = k;
        continue;
      }
    }
    break;
  }
  if (titleFrom < 0 && !honorific) return splitInnerTitle(words, lower);
  const skip = Math.max(titleEnd, honorific ? i : 0);
  return { skip, titleWords: titleFrom >= 0 ? titleEnd - titleFrom : 0, titleFrom: Math.max(0, titleFrom), honorific };
}

/**
 * Length of a lower-case title just before a name ("special envoy", "the ministry spokeswoman"), as a
 * count of words at the end of `before`, with the modifiers in front of it ("Russian diplomat").
 */
export function titleBefore(before: readonly string[]): number {
  const n = matchTitleEndingAt(
    before.map((w) => w.toLowerCase()),
    before.length,
  );
  if (n === 0) return 0;
  let k = before.length - n;
  while (k > 0 && isModifier(before[k - 1] ?? "")) k--;
  return before.length - k;
}

/**
 * A title behind an organisation or place: "Acme Corp CEO Dana Li", "Supreme Court Justice Ann Ode".
 * The title is everything up to and including the title word; at least one word must follow it.
 */
function splitInnerTitle(words: readonly string[], lower: readonly string[]): TitleSplit {
  for (let k = 1; k < words.length - 1; k++) {
    if (!lower.slice(0, k).some((w) => ORG_WORDS.has(w) || PLACE_WORDS.has(w))) continue;
    const n = matchTitleAt(lower, k);
    if (n > 0 && k + n < words.length && !lower.slice(k + n).some((w) => ORG_WORDS.has(w))) {
      return { skip: k + n, titleWords: k + n, titleFrom: 0, honorific: false };
    }
  }
  return { skip: 0, titleWords: 0, titleFrom: 0, honorific: false };
}
