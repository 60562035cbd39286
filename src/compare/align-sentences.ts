import type { Options } from "../config/options.js";
import type { Doc } from "../model/doc.js";
import type { Fact } from "../model/fact.js";
import type { Sentence } from "../model/sentence.js";
import { findCandidatePairs } from "./align/candidate-pairs.js";
import { contentTerms, sentenceNames } from "./align/content-terms.js";
import { groupSentences } from "./align/group-sentences.js";
import { type SentenceVector, weighSentences } from "./align/sentence-vectors.js";
import { isOpinion, quotedShare } from "./sentence-traits.js";

/** Sentences with fewer content terms than this say too little to align ("They left."). */
const MIN_TERMS = 2;

/**
 * Group sentences of different sources that report the same fact. Sentences are TF-IDF vectors of
 * content lemmas, names (spelling-tolerant) and numbers; candidate pairs come from an inverted index,
 * pairs above `options.alignThreshold` merge strongest-first. Every sentence ends up in exactly one
 * fact; facts are ordered by how many sources report them, then by where they first appear.
 * @example alignSentences(docs, normalizeOptions())[0] // { text, sources: [...], evidence: [...] }
 */
export function alignSentences(docs: readonly Doc[], options: Options): Fact[] {
  const counts: Array<{ doc: number; sentence: number; terms: Map<string, number>; names: ReadonlySet<string> }> = [];
  docs.forEach((doc, d) => {
    const names = sentenceNames(doc);
    contentTerms(doc).forEach((terms, s) => {
      // The outlet's own opinion is not a fact: it never joins a fact, so no summary, consensus or
      // unique line can rest on it (it is listed under `opinion` instead).
      const sentence = doc.sentences[s];
      if (sentence && isOpinion(doc, sentence)) return;
      if (terms.size >= MIN_TERMS) counts.push({ doc: d, sentence: s, terms, names: names[s] ?? new Set() });
    });
  });
  const { vectors } = weighSentences(counts);
  const pairs = findCandidatePairs(vectors, options.alignThreshold);
  const groups = groupSentences(vectors, pairs, options.alignThreshold);
  const total = docs.length || 1;

  const facts = groups.map((members) => {
    const items = members
      .map((m) => vectors[m])
      .filter((v): v is NonNullable<typeof v> => v !== undefined)
      .map((v) => {
        const doc = docs[v.doc] as Doc;
        const s = doc.sentences[v.sentence];
        if (!s) throw new Error(`sentence ${v.sentence} missing in ${doc.article.id}`);
        return { doc, s, v };
      })
      .sort((x, y) => x.v.doc - y.v.doc);
    const quoted = items.map((it) => quotedShare(it.doc, it.s));
    const opinion = items.map((it) => isOpinion(it.doc, it.s));
    const best = items.length > 1 ? representative(items, quoted, opinion) : 0;
    const rep = items[best] ?? items[0];
    const sources = [...new Set(items.map((it) => it.doc.article.id))];
    return {
      firstDoc: items[0]?.v.doc ?? 0,
      position: Math.min(...items.map((it) => it.s.index / Math.max(1, it.doc.sentences.length))),
      fact: {
        id: "",
        text: rep ? rep.doc.article.text.slice(rep.s.start, rep.s.end) : "",
        sources,
        evidence: items.map((it) => ({ source: it.doc.article.id, start: it.s.start, end: it.s.end })),
        support: sources.length / total,
        quoted: (quoted[best] ?? 0) > 0.5,
        opinion: opinion.every(Boolean),
      } satisfies Fact,
    };
  });
  facts.sort(
    (x, y) => y.fact.sources.length - x.fact.sources.length || x.position - y.position || x.firstDoc - y.firstDoc,
  );
  // Numbered in place (the id is the fact's first field either way): not a copy of every fact.
  return facts.map((f, i) => {
    f.fact.id = `f${i + 1}`;
    return f.fact;
  });
}

/**
 * The representative of a fact's sentences: a plain (unquoted, not opinion) wording, the most
 * central, not too long.
 */
function representative(
  items: ReadonlyArray<{ s: Sentence; v: SentenceVector }>,
  quoted: readonly number[],
  opinion: readonly boolean[],
): number {
  let best = 0;
  let bestScore = -Infinity;
  // Sum of cosines with the other members = dot with the members' sum, minus itself (unit vectors):
  // linear in the group's size, where pairwise would be square in a fact a thousand outlets report.
  const sum = new Map<string, number>();
  for (const it of items) for (const [t, w] of it.v.weights) sum.set(t, (sum.get(t) ?? 0) + w);
  items.forEach((it, i) => {
    const central = cosineOf(it.v.weights, sum) - 1;
    const len = it.s.end - it.s.start;
    // "we didn't get there" on a ceasefire: any quotation makes a worse wording of a fact than plain
    // reporting of it, so a quote mark costs on top of the quoted share.
    const hasQuote = (quoted[i] ?? 0) > 0 ? 0.5 : 0;
    const score = central - (quoted[i] ?? 0) * 2 - hasQuote - (opinion[i] ? 3 : 0) - (len > 320 ? 0.5 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

function cosineOf(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  return dot;
}
