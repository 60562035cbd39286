import type { Doc } from "../../model/doc.js";

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);

/** Each doc's sentence terms, read once: value pairing and claim polarity both compare them. */
const TERMS = new WeakMap<Doc, ReadonlyMap<number, ReadonlySet<string>>>();

/**
 * Content lemmas of each sentence of a doc. The words of values ("June", "three", "hours") are left
 * out: they are what may differ between two reports of one fact.
 */
export function sentenceTerms(doc: Doc): ReadonlyMap<number, ReadonlySet<string>> {
  let terms = TERMS.get(doc);
  if (!terms) TERMS.set(doc, (terms = readSentenceTerms(doc)));
  return terms;
}

function readSentenceTerms(doc: Doc): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const spans = [...doc.values].sort((a, b) => a.start - b.start);
  // Each lemma's lower case, or null when it has no letter, read once per distinct lemma.
  const lowered = new Map<string, string | null>();
  const titleCase = titleCaseSentences(doc, lowered);
  const tokens = doc.tokens;
  let set: Set<string> | undefined;
  let setOf = -1;
  let v = 0;
  for (let x = 0; x < tokens.length; x++) {
    const t = tokens[x]!;
    if (t.stop || !CONTENT.has(t.pos)) continue;
    let lemma = lowered.get(t.lemma);
    if (lemma === undefined) lowered.set(t.lemma, (lemma = /[a-z]/i.test(t.lemma) ? t.lemma.toLowerCase() : null));
    if (lemma === null) continue;
    while (v < spans.length && spans[v]!.end <= t.start) v++;
    const inValue = v < spans.length && spans[v]!.start < t.end && t.start < spans[v]!.end;
    if (inValue) continue;
    if (setOf !== t.sentence) {
      setOf = t.sentence;
      set = out.get(t.sentence);
      if (!set) out.set(t.sentence, (set = new Set<string>()));
    }
    // In a title-case headline common nouns are read as names: "Added 136,000 Jobs" has the term "job".
    set!.add(titleCase[t.sentence] === 1 && t.pos === "PROPN" ? lemma.replace(/([^s])s$/, "$1") : lemma);
  }
  return out;
}

/**
 * Sentences written in title case (1 by their index): at least four words, every content word
 * capitalised. Fills `lowered` with the lemmas it reads.
 */
function titleCaseSentences(doc: Doc, lowered: Map<string, string | null>): Uint8Array {
  const all: number[] = [];
  const capital: number[] = [];
  const text = doc.article.text;
  const tokens = doc.tokens;
  let last = -1;
  for (let x = 0; x < tokens.length; x++) {
    const t = tokens[x]!;
    if (t.sentence > last) last = t.sentence;
    if (!CONTENT.has(t.pos)) continue;
    let lemma = lowered.get(t.lemma);
    if (lemma === undefined) lowered.set(t.lemma, (lemma = /[a-z]/i.test(t.lemma) ? t.lemma.toLowerCase() : null));
    if (lemma === null) continue;
    all[t.sentence] = (all[t.sentence] ?? 0) + 1;
    if (startsCapital(text, t.start, t.end)) capital[t.sentence] = (capital[t.sentence] ?? 0) + 1;
  }
  const out = new Uint8Array(last + 1);
  for (let k = 0; k <= last; k++) if ((all[k] ?? 0) >= 4 && capital[k] === all[k]) out[k] = 1;
  return out;
}

const CAPITAL_AT = /\p{Lu}/uy;

/** Whether `text.slice(start, end)` starts with a capital letter, read in place (no string per token). */
function startsCapital(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const code = text.charCodeAt(start);
  // A surrogate half: read the slice itself, as it may cut a pair.
  if (code >= 0xd800 && code <= 0xdfff) return /^\p{Lu}/u.test(text.slice(start, end));
  CAPITAL_AT.lastIndex = start;
  return CAPITAL_AT.test(text);
}

/** Jaccard overlap of two term sets, and how many terms they share. */
export function termOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { jaccard: number; shared: number } {
  // Count from the smaller set: the same count, fewer lookups.
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  const union = a.size + b.size - shared;
  return { jaccard: union === 0 ? 0 : shared / union, shared };
}

/**
 * Turns term sets into ascending arrays of term numbers, one number per distinct term, so two
 * sentences' shared terms are counted by one merge instead of a set lookup per term (the overlap
 * of candidate pairs was the largest cost of comparing values across 2,000 articles).
 */
export function termNumberer(): (terms: ReadonlySet<string>) => Int32Array {
  return termNumbering().number;
}

/** A `termNumberer`'s numbering, and the term of each number so far. */
export interface TermNumbering {
  readonly number: (terms: ReadonlySet<string>) => Int32Array;
  /** The term of each number. */
  readonly names: readonly string[];
}

/** `termNumberer`, with the terms it has numbered (candidate lookups order terms by name). */
export function termNumbering(): TermNumbering {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const number = (terms: ReadonlySet<string>) => {
    const out = new Int32Array(terms.size);
    let k = 0;
    for (const t of terms) {
      let n = numbers.get(t);
      if (n === undefined) {
        numbers.set(t, (n = names.length));
        names.push(t);
      }
      out[k++] = n;
    }
    return out.sort();
  };
  return { number, names };
}

/** `termOverlap` of two term sets given as ascending term numbers (from one `termNumberer`). */
export function numberedOverlap(a: Int32Array, b: Int32Array): { jaccard: number; shared: number } {
  const shared = sharedTerms(a, b);
  const union = a.length + b.length - shared;
  return { jaccard: union === 0 ? 0 : shared / union, shared };
}

/** How many terms two term sets given as ascending term numbers share (no object made). */
export function sharedTerms(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    const p = a[x]!;
    const q = b[y]!;
    if (p === q) {
      shared++;
      x++;
      y++;
    } else if (p < q) x++;
    else y++;
  }
  return shared;
}
