import type { Token } from "../../model/token.js";
import type { ValueMention } from "../../model/value.js";

/** What a comparison reads of one sentence: its text, tokens and values, each with offsets into the article. */
export interface SentenceReading {
  readonly text: string;
  /** The sentence's own span (its tokens and values may reach past it). */
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
  readonly values?: readonly ValueMention[];
  /** Anything else the comparison reads of the sentence, already as a string (its term numbers, say). */
  readonly extra?: string;
}

const OFFSETS = new Set(["start", "end", "sentenceStart", "sentenceEnd"]);

/**
 * A key equal for two sentences exactly when everything a comparison reads of them is equal once
 * offsets are counted from the sentence: the text, each token (offsets, lemma, part of speech, stop
 * word) and each value (every field). A big story's outlets repeat the same sentences hundreds of
 * times, so two pairs of sentences with the same two keys can be compared once.
 * @example wordingKey({ text, start: s.start, end: s.end, tokens, values, extra: terms.join(",") })
 */
export function wordingKey({ text, start, end, tokens, values = [], extra = "" }: SentenceReading): string {
  let from = start;
  let to = end;
  for (const t of tokens) {
    if (t.start < from) from = t.start;
    if (t.end > to) to = t.end;
  }
  for (const v of values) {
    if (v.start < from) from = v.start;
    if (v.end > to) to = v.end;
  }
  const parts: string[] = [text.slice(from, to), `${start - from},${end - from}`, extra];
  for (const t of tokens) parts.push(`${t.start - from},${t.end - from},${t.pos},${t.stop ? 1 : 0},${t.lemma}`);
  // Numbers as strings: JSON would write Infinity, -Infinity and NaN all as null.
  for (const v of values) {
    parts.push(
      JSON.stringify(v, (k, x: unknown) => (OFFSETS.has(k) && typeof x === "number" ? String(x - from) : typeof x === "number" ? String(x) : x)),
    );
  }
  return parts.join("\u0000");
}

/** Numbers each distinct key, from 0 in order of first sight. */
export function keyNumberer(): { readonly number: (key: string) => number; readonly size: () => number } {
  const numbers = new Map<string, number>();
  return {
    number: (key) => {
      let n = numbers.get(key);
      if (n === undefined) numbers.set(key, (n = numbers.size));
      return n;
    },
    size: () => numbers.size,
  };
}
