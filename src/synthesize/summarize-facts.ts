import { contentTerms } from "../compare/align/content-terms.js";
import { stemWords } from "../compare/align/stem-words.js";
import type { Options } from "../config/options.js";
import type { Doc } from "../model/doc.js";
import type { Fact, SummarySentence } from "../model/fact.js";
import { wordCount } from "./word-count.js";

/**
 * How a fact earns its place in the summary. Weights are data: measured on the Multi-News and NeuS
 * validation samples (`npm run eval:summary`), never on the sealed test sets.
 */
export const SUMMARY_WEIGHTS = {
  /** Cosine of the fact with the story's centroid (what the articles are about as a whole). */
  centrality: 1,
  /** Nearness to the top of an article: `1 / (1 + index)^leadDecay` of its earliest evidence. */
  lead: 0.6,
  leadDecay: 0.7,
  /** Share of the other sources that report it too. */
  support: 1,
  /**
   * Soft support: over the other articles (at most `echoDocs` of them, evenly spaced), the mean of the
   * best cosine with any of their sentences. Catches paraphrases too loose to align.
   */
  echo: 1,
  echoDocs: 24,
  /** Only this many of the best-scored candidates are rescored with the echo (bounds the cost). */
  echoCandidates: 300,
  /**
   * Headlines: the mean share of the articles' headline words the fact uses. A headline says what
   * its article is about; a title derived from the first sentence is not counted.
   */
  headline: 0.5,
  /** Mostly quotation: a summary tells the event in its own voice. */
  quoted: 0.1,
  /** Redundancy: the maximal similarity to a sentence already chosen, times this, is subtracted. */
  redundancy: 0.7,
  /** Candidates similar above this to a chosen sentence are skipped. */
  repeat: 0.6,
  /**
   * Story order at this grain: positions (0..1) fall into this many bands, read top to bottom; inside a
   * band the stronger fact comes first, so the opening sentence is the best lede, not merely the
   * first of the first article.
   */
  orderBands: 4,
  /** Word-count limits of a summary sentence. */
  minWords: 6,
  maxWords: 60,
};

interface Candidate {
  fact: Fact;
  vector: Map<string, number>;
  /** Mean relative position (0 = lead) of the fact's evidence in its articles: the story order. */
  position: number;
  score: number;
  docs: readonly string[];
}

/** Rescore the strongest candidates with how well the other articles echo them (see `echo`). */
function addEcho(candidates: Candidate[], docs: readonly Doc[], vectors: StoryVectors): void {
  const W = SUMMARY_WEIGHTS;
  if (W.echo === 0 || docs.length < 2) return;
  candidates.sort((a, b) => b.score - a.score);
  const step = Math.max(1, docs.length / W.echoDocs);
  const sample: Doc[] = [];
  for (let i = 0; i < docs.length && sample.length < W.echoDocs; i += step) {
    const d = docs[Math.floor(i)];
    if (d) sample.push(d);
  }
  // Inverted index over the sampled articles' sentences: term -> (sentence slot, weight), so a
  // candidate meets only the sentences it shares a term with.
  // Each term's postings are two parallel lists: slots and weights.
  const postings = new Map<string, { slots: number[]; weights: number[] }>();
  const docOfSlot: number[] = [];
  sample.forEach((doc, d) => {
    for (const v of vectors.all(doc)) {
      const slot = docOfSlot.length;
      docOfSlot.push(d);
      for (const [t, w] of v) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = { slots: [], weights: [] }));
        list.slots.push(slot);
        list.weights.push(w);
      }
    }
  });
  const dots = new Float64Array(docOfSlot.length);
  const best = new Float64Array(sample.length);
  for (const c of candidates.slice(0, W.echoCandidates)) {
    dots.fill(0);
    best.fill(0);
    for (const [t, w] of c.vector) {
      const list = postings.get(t);
      if (!list) continue;
      const { slots, weights } = list;
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[k] as number;
        dots[slot] = (dots[slot] as number) + w * (weights[k] as number);
      }
    }
    for (let slot = 0; slot < dots.length; slot++) {
      const x = dots[slot] as number;
      const d = docOfSlot[slot] as number;
      if (x > (best[d] as number)) best[d] = x;
    }
    let sum = 0;
    let n = 0;
    sample.forEach((doc, d) => {
      if (c.docs.includes(doc.article.id)) return;
      sum += best[d] ?? 0;
      n++;
    });
    c.score += W.echo * (n ? sum / n : 0);
  }
}

function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let d = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) d += w * v;
  }
  return d;
}

function normalize(v: Map<string, number>): Map<string, number> {
  let n = 0;
  for (const w of v.values()) n += w * w;
  n = Math.sqrt(n) || 1;
  for (const [t, w] of v) v.set(t, w / n);
  return v;
}

/**
 * Headline words and what each is worth: a fact's headline score is the mean, over the articles'
 * headlines, of the share of each headline's words it uses, which is the sum over its words of
 * `1 / (headline length * headlines)` for every headline holding the word (one pass, however many
 * articles). A title derived from the first sentence is not a headline.
 */
function headlineWeights(docs: readonly Doc[]): Map<string, number> {
  const headlines = docs
    .filter((d) => d.article.title && !d.article.text.startsWith(d.article.title.replace(/…$/, "")))
    .map((d) => stemWords(d.article.title))
    .filter((h) => h.size > 0);
  const out = new Map<string, number>();
  for (const h of headlines) for (const w of h) out.set(w, (out.get(w) ?? 0) + 1 / (h.size * headlines.length));
  return out;
}

/**
 * The story's sentences as unit TF-IDF vectors (IDF over the story's sentences), each weighed when
 * first asked for: a sentence that no candidate fact rests on, outside the echo's sample, never is.
 */
class StoryVectors {
  private readonly made = new Map<Doc, Array<Map<string, number> | undefined>>();

  constructor(
    private readonly terms: ReadonlyMap<Doc, ReadonlyArray<Map<string, number>>>,
    private readonly idf: ReadonlyMap<string, number>,
  ) {}

  /** A term's weight in a sentence that holds it `tf` times (before the vector is normalized). */
  weight(t: string, tf: number): number {
    return (tf === 1 ? 1 : 1 + Math.log(tf)) * (this.idf.get(t) as number);
  }

  /** The vector of sentence `s` of `doc`. */
  of(doc: Doc, s: number): Map<string, number> | undefined {
    let list = this.made.get(doc);
    if (!list) this.made.set(doc, (list = []));
    let v = list[s];
    if (v) return v;
    const m = this.terms.get(doc)?.[s];
    if (!m) return undefined;
    v = new Map<string, number>();
    for (const [t, tf] of m) v.set(t, this.weight(t, tf));
    list[s] = normalize(v);
    return v;
  }

  /** The vectors of all of a doc's sentences. */
  all(doc: Doc): Array<Map<string, number>> {
    const out: Array<Map<string, number>> = [];
    const n = this.terms.get(doc)?.length ?? 0;
    for (let s = 0; s < n; s++) out.push(this.of(doc, s) as Map<string, number>);
    return out;
  }
}

/** The story's sentence vectors and its centroid (each article's terms, normalized, summed). */
function weighStory(docs: readonly Doc[]): { vectors: StoryVectors; centroid: Map<string, number> } {
  const terms = new Map(docs.map((d) => [d, contentTerms(d)] as const));
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs)
    for (const m of terms.get(doc) ?? []) {
      n++;
      for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
  // Each term's IDF once, not once per sentence that holds it.
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const vectors = new StoryVectors(terms, idf);
  const centroid = new Map<string, number>();
  for (const doc of docs) {
    const docVector = new Map<string, number>();
    for (const m of terms.get(doc) ?? []) {
      for (const [t, tf] of m) docVector.set(t, (docVector.get(t) ?? 0) + vectors.weight(t, tf));
    }
    // Each article weighs the same in the centroid, however long it is.
    for (const [t, w] of normalize(docVector)) centroid.set(t, (centroid.get(t) ?? 0) + w);
  }
  return { vectors, centroid: normalize(centroid) };
}

/**
 * Pick the summary: facts central to the story, near the top of articles and reported by many
 * sources, preferring plain reporting over quotes and opinion, without repeating one another (greedy
 * maximal marginal relevance); then put them in the order the articles tell them so the summary reads
 * as a story. Each sentence is a source sentence verbatim and cites every source that reports it.
 * @example summarizeFacts(alignSentences(docs, options), docs, options)[0] // { text, fact, citations }
 */
export function summarizeFacts(facts: readonly Fact[], docs: readonly Doc[], options: Options): SummarySentence[] {
  const W = SUMMARY_WEIGHTS;
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const { vectors, centroid } = weighStory(docs);
  const total = docs.length;
  const headlines = headlineWeights(docs);
  const candidates: Candidate[] = [];
  for (const fact of facts) {
    if (fact.opinion) continue;
    const words = wordCount(fact.text);
    if (words < W.minWords || words > W.maxWords) continue;
    let lead = Infinity;
    let position = 0;
    let vector: Map<string, number> | undefined;
    for (const e of fact.evidence) {
      const doc = byId.get(e.source);
      const s = doc ? findSentence(doc, e.start) : -1;
      if (!doc || s < 0) continue;
      lead = Math.min(lead, s);
      position += s / Math.max(1, doc.sentences.length);
      const sentence = vectors.of(doc, s);
      // The first sentence's weights are the sum so far (0 + w is w): copied whole, not term by term.
      if (!vector) vector = new Map(sentence);
      else if (sentence) for (const [t, w] of sentence) vector.set(t, (vector.get(t) ?? 0) + w);
    }
    if (lead === Infinity || !vector) continue;
    normalize(vector);
    let headline = 0;
    if (W.headline && headlines.size) for (const w of stemWords(fact.text)) headline += headlines.get(w) ?? 0;
    const support = total > 1 ? (fact.sources.length - 1) / (total - 1) : 0;
    const score =
      W.centrality * dot(vector, centroid) +
      W.lead / (1 + lead) ** W.leadDecay +
      W.support * support +
      W.headline * headline -
      (fact.quoted ? W.quoted : 0);
    candidates.push({ fact, vector, position: position / fact.evidence.length, score, docs: fact.sources });
  }
  addEcho(candidates, docs, vectors);
  const chosen: Candidate[] = [];
  // Greedy maximal marginal relevance, with each candidate's redundancy brought up to date only when
  // it could still win: redundancy only grows, so a candidate whose score less its last known
  // redundancy cannot beat the best value so far is skipped without its dot products. The picks are
  // those of updating every candidate after every pick (same dots, same maxima, same order).
  const redundancy = new Float64Array(candidates.length);
  const upTo = new Uint32Array(candidates.length);
  const taken = new Uint8Array(candidates.length);
  while (chosen.length < options.summarySentences) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i] as Candidate;
      if (taken[i] || (redundancy[i] as number) > W.repeat) continue;
      if (c.score - W.redundancy * (redundancy[i] as number) <= bestValue) continue;
      for (let k = upTo[i] as number; k < chosen.length; k++) {
        redundancy[i] = Math.max(redundancy[i] as number, dot(c.vector, (chosen[k] as Candidate).vector));
      }
      upTo[i] = chosen.length;
      if ((redundancy[i] as number) > W.repeat) continue;
      const value = c.score - W.redundancy * (redundancy[i] as number);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const pick = candidates[best];
    if (!pick) break;
    taken[best] = 1;
    chosen.push(pick);
  }
  const band = (c: Candidate) => Math.min(W.orderBands - 1, Math.floor(c.position * W.orderBands));
  chosen.sort((a, b) => band(a) - band(b) || b.score - a.score);
  return chosen.map((c) => ({ text: c.fact.text, fact: c.fact.id, citations: c.fact.evidence }));
}

/** Index of the sentence of `doc` that starts at `start` (binary search; sentences are in order). */
function findSentence(doc: Doc, start: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (!s) return -1;
    if (s.start === start) return mid;
    if (s.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
