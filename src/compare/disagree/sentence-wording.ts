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

/** A reading with the offset its others are counted from. */
interface Seen {
  readonly reading: SentenceReading;
  readonly from: number;
  readonly id: number;
}

const OFFSETS = new Set(["start", "end", "sentenceStart", "sentenceEnd"]);

/** Sentence wordings numbered, and how many sentences had each. */
export interface WordingNumberer {
  /** The number of this sentence's wording (counted as one more sentence with it). */
  readonly number: (reading: SentenceReading) => number;
  /** How many sentences numbered so far had this wording. */
  readonly sentences: (id: number) => number;
}

/**
 * Numbers sentences by wording: two sentences get one number exactly when everything a comparison
 * reads of them is equal once offsets are counted from the sentence: the text, the sentence's span,
 * each token (offsets, lemma, part of speech, stop word), each value (every field) and `extra`. A big
 * story's outlets repeat the same sentences hundreds of times, so two pairs of sentences with the
 * same two numbers can be compared once. Numbers count from 0 in order of first sight.
 * @example const wording = wordingNumberer(); wording.number({ text, start: s.start, end: s.end, tokens, values })
 */
export function wordingNumberer(): WordingNumberer {
  // Sentences are looked up by their text and `extra`, then compared in full with the few of that text.
  const byText = new Map<string, Seen[]>();
  const counts: number[] = [];
  const number = (reading: SentenceReading) => {
    const from = firstOffset(reading);
    const to = lastOffset(reading);
    const key = `${reading.extra ?? ""}\u0000${reading.text.slice(from, to)}`;
    let seen = byText.get(key);
    if (!seen) byText.set(key, (seen = []));
    for (const s of seen) {
      if (sameReading(s.reading, s.from, reading, from)) {
        counts[s.id]!++;
        return s.id;
      }
    }
    const id = counts.length;
    counts.push(1);
    seen.push({ reading, from, id });
    return id;
  };
  return { number, sentences: (id) => counts[id] ?? 0 };
}

function firstOffset({ start, tokens, values = [] }: SentenceReading): number {
  let from = start;
  for (const t of tokens) if (t.start < from) from = t.start;
  for (const v of values) if (v.start < from) from = v.start;
  return from;
}

function lastOffset({ end, tokens, values = [] }: SentenceReading): number {
  let to = end;
  for (const t of tokens) if (t.end > to) to = t.end;
  for (const v of values) if (v.end > to) to = v.end;
  return to;
}

/** Two readings of one text (and `extra`) are equal counted from `fa` and `fb`. */
function sameReading(a: SentenceReading, fa: number, b: SentenceReading, fb: number): boolean {
  if (a.start - fa !== b.start - fb || a.end - fa !== b.end - fb) return false;
  if (a.tokens.length !== b.tokens.length) return false;
  for (let k = 0; k < a.tokens.length; k++) {
    const x = a.tokens[k]!;
    const y = b.tokens[k]!;
    if (x.start - fa !== y.start - fb || x.end - fa !== y.end - fb) return false;
    if (x.pos !== y.pos || x.stop !== y.stop || x.lemma !== y.lemma) return false;
  }
  const va = a.values ?? [];
  const vb = b.values ?? [];
  if (va.length !== vb.length) return false;
  for (let k = 0; k < va.length; k++) if (!sameValue(va[k]!, fa, vb[k]!, fb)) return false;
  return true;
}

/** Every field equal, offsets counted from `fa` and `fb`; a nested object (the slot) field by field. */
function sameValue(a: ValueMention, fa: number, b: ValueMention, fb: number): boolean {
  const ka = Object.keys(a) as Array<keyof ValueMention>;
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    const x: unknown = a[k];
    const y: unknown = b[k];
    if (OFFSETS.has(k)) {
      if (typeof x !== "number" || typeof y !== "number" || x - fa !== y - fb) return false;
    } else if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) {
      if (!sameFields(x as Record<string, unknown>, y as Record<string, unknown>)) return false;
    } else if (!Object.is(x, y)) return false;
  }
  return true;
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && Object.is(a[k], b[k]));
}
