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
  const titleCase = titleCaseSentences(doc);
  let v = 0;
  for (const t of doc.tokens) {
    if (!CONTENT.has(t.pos) || t.stop || !/[a-z]/i.test(t.lemma)) continue;
    while (v < spans.length && spans[v]!.end <= t.start) v++;
    const inValue = v < spans.length && spans[v]!.start < t.end && t.start < spans[v]!.end;
    if (inValue) continue;
    const set = out.get(t.sentence) ?? new Set<string>();
    out.set(t.sentence, set);
    // In a title-case headline common nouns are read as names: "Added 136,000 Jobs" has the term "job".
    const lemma = t.lemma.toLowerCase();
    set.add(titleCase.has(t.sentence) && t.pos === "PROPN" ? lemma.replace(/([^s])s$/, "$1") : lemma);
  }
  return out;
}

/** Sentences written in title case: at least four words, every content word capitalised. */
function titleCaseSentences(doc: Doc): Set<number> {
  const words = new Map<number, { all: number; capital: number }>();
  for (const t of doc.tokens) {
    if (!CONTENT.has(t.pos) || !/[a-z]/i.test(t.lemma)) continue;
    const w = words.get(t.sentence) ?? { all: 0, capital: 0 };
    w.all++;
    if (/^\p{Lu}/u.test(doc.article.text.slice(t.start, t.end))) w.capital++;
    words.set(t.sentence, w);
  }
  return new Set([...words].filter(([, w]) => w.all >= 4 && w.capital === w.all).map(([k]) => k));
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
  const numbers = new Map<string, number>();
  return (terms) => {
    const out = new Int32Array(terms.size);
    let k = 0;
    for (const t of terms) {
      let n = numbers.get(t);
      if (n === undefined) numbers.set(t, (n = numbers.size));
      out[k++] = n;
    }
    return out.sort();
  };
}

/** `termOverlap` of two term sets given as ascending term numbers (from one `termNumberer`). */
export function numberedOverlap(a: Int32Array, b: Int32Array): { jaccard: number; shared: number } {
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
  const union = a.length + b.length - shared;
  return { jaccard: union === 0 ? 0 : shared / union, shared };
}
