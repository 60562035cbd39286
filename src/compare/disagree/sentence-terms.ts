import type { Doc } from "../../model/doc.js";

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);

/**
 * Content lemmas of each sentence of a doc. The words of values ("June", "three", "hours") are left
 * out: they are what may differ between two reports of one fact.
 */
export function sentenceTerms(doc: Doc): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const spans = [...doc.values].sort((a, b) => a.start - b.start);
  let v = 0;
  for (const t of doc.tokens) {
    if (!CONTENT.has(t.pos) || t.stop || !/[a-z]/i.test(t.lemma)) continue;
    while (v < spans.length && spans[v]!.end <= t.start) v++;
    const inValue = v < spans.length && spans[v]!.start < t.end && t.start < spans[v]!.end;
    if (inValue) continue;
    const set = out.get(t.sentence) ?? new Set<string>();
    out.set(t.sentence, set);
    set.add(t.lemma.toLowerCase());
  }
  return out;
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
