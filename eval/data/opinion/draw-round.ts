/**
 * The drawing procedure shared by the labelling rounds (see sample-sentences.ts, sample-fresh.ts,
 * sample-ecb.ts and sample-round4.ts to sample-round7.ts for when and how each round was drawn). Kept
 * for the record: the label files are what the eval reads.
 */
import { SENTENCE_OPINION_KINDS } from "../../../src/annotate/opinion/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import { analyzeArticle } from "../../../src/pipeline/analyze-article.js";
import { type CorpusArticle, loadCorpus, loadEcbCorpus, loadFreshCorpus } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";
import { articleKeyOf } from "./read-so-far.js";

/** Split key: each story goes wholly to "dev" or "test" by this hash (FNV-1a), the same in every round. */
export function storyHash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** The broad surface cue of the first round: a first/second-person pronoun, a modal, a hedge, "?" or "!". */
export const CUE = /\b(I|I'm|I’m|I've|I’ve|my|me|we|our|us|you|your|should|must|ought|perhaps|maybe|probably|surely|clearly|of course|arguably)\b|[?!]/i;

export interface RoundPlan {
  articles: readonly CorpusArticle[];
  seed: number;
  /** Flagged sentences taken per article at most (drawn at random among the flagged). */
  maxFlagged: number;
  /** Unflagged sentences drawn among those with the cue. */
  unflaggedCue: number;
  /** Unflagged sentences drawn among the rest, uniformly. */
  unflaggedRandom: number;
}

export interface Candidate { id: string; split: string; pool: string; kind?: string; text: string; before: string; after: string; head: string }

/**
 * A round's candidates, in labelling order: every sentence the rules flag (at most `maxFlagged` per
 * article), then unflagged sentences with the cue, then unflagged ones at random, with the context a
 * labeller reads (two sentences before, one after, the headline and lead).
 */
export function drawRound(plan: RoundPlan): Candidate[] {
  const rand = seededRandom(plan.seed);
  const options = normalizeOptions();
  const flagged: Candidate[] = [];
  const unflagged: Candidate[] = [];
  for (const a of plan.articles) {
    const doc = analyzeArticle(a.raw, options);
    const text = doc.article.text;
    const split = storyHash(a.story) % 2 === 0 ? "dev" : "test";
    const sent = (k: number) => {
      const x = doc.sentences[k];
      return x ? text.slice(x.start, x.end) : "";
    };
    const head = `${a.raw.title ?? ""} | ${sent(0)} ${sent(1)}`.slice(0, 300);
    const marked = new Map<number, string>();
    for (const m of doc.opinion) if (SENTENCE_OPINION_KINDS.has(m.kind) && !marked.has(m.evidence.start)) marked.set(m.evidence.start, m.kind);
    const starts = [...marked.keys()];
    const picked: number[] = [];
    while (starts.length && picked.length < plan.maxFlagged) picked.push(...starts.splice(Math.floor(rand() * starts.length), 1));
    doc.sentences.forEach((s, i) => {
      const t = text.slice(s.start, s.end);
      const words = t.split(/\s+/).length;
      const c: Candidate = { id: `${a.key}@${s.start}`, split, pool: "", text: t, before: `${sent(i - 2)} ${sent(i - 1)}`, after: sent(i + 1), head };
      if (picked.includes(s.start)) flagged.push({ ...c, pool: "flagged", kind: marked.get(s.start) });
      else if (!marked.has(s.start) && words >= 5 && words <= 80) unflagged.push({ ...c, pool: CUE.test(t) ? "cue" : "plain" });
    });
  }
  const draw = (pool: Candidate[], n: number, name: string): Candidate[] => {
    const out: Candidate[] = [];
    const rest = [...pool];
    while (out.length < n && rest.length) out.push({ ...(rest.splice(Math.floor(rand() * rest.length), 1)[0] as Candidate), pool: name });
    return out;
  };
  const cue = draw(unflagged.filter((c) => c.pool === "cue"), plan.unflaggedCue, "unflagged-cue");
  const taken = new Set(cue.map((c) => c.id));
  const random = draw(unflagged.filter((c) => !taken.has(c.id)), plan.unflaggedRandom, "unflagged-random");
  return [...flagged, ...cue, ...random];
}

/** Every article of the five corpora, in the order rounds 4-7 were drawn from (the order feeds the seeded draw). */
export function loadAllArticles(): CorpusArticle[] {
  return [...loadCorpus(), ...loadFreshCorpus(), ...loadEcbCorpus()];
}

export interface UnreadRoundPlan {
  /** The round's name, written as every row's `split`: the whole round is held out. */
  split: string;
  articles: readonly CorpusArticle[];
  /** Ids of the sentences already labelled or judged: never drawn again. */
  read: ReadonlySet<string>;
  /** Seed of `drawRound`; the flagged sentences are then spread over the articles with `seed + 1`. */
  seed: number;
  /** Flagged sentences taken per article at most. */
  maxFlaggedPerArticle: number;
  /** Flagged sentences in all at most. */
  maxFlagged: number;
  /** Unflagged sentences with the cue. */
  unflaggedCue: number;
  /** Unflagged sentences at random. */
  unflaggedRandom: number;
}

/**
 * A round of sentences nobody has read (rounds 4-7): `drawRound` over the articles (every flagged
 * sentence, twice the unflagged quotas so that enough are left), less the sentences already read; then
 * the flagged ones article by article in seeded random order (at most `maxFlaggedPerArticle` each, at
 * most `maxFlagged` in all), the first `unflaggedCue` with the cue and `unflaggedRandom` at random.
 * Example: `drawUnreadRound({ split: "round8", articles, read: readSentencesReadBefore(8), seed, ... })`.
 */
export function drawUnreadRound(plan: UnreadRoundPlan): Candidate[] {
  const drawn = drawRound({
    articles: plan.articles,
    seed: plan.seed,
    maxFlagged: 1000,
    unflaggedCue: plan.unflaggedCue * 2,
    unflaggedRandom: plan.unflaggedRandom * 2,
  }).filter((c) => !plan.read.has(c.id));
  const rand = seededRandom(plan.seed + 1);
  const byArticle = new Map<string, Candidate[]>();
  for (const c of drawn.filter((c) => c.pool === "flagged")) {
    const key = articleKeyOf(c.id);
    byArticle.set(key, [...(byArticle.get(key) ?? []), c]);
  }
  const articles = [...byArticle.keys()];
  const flagged: Candidate[] = [];
  while (articles.length && flagged.length < plan.maxFlagged) {
    const list = byArticle.get(articles.splice(Math.floor(rand() * articles.length), 1)[0] ?? "") ?? [];
    for (let k = 0; k < plan.maxFlaggedPerArticle && list.length && flagged.length < plan.maxFlagged; k++) flagged.push(...list.splice(Math.floor(rand() * list.length), 1));
  }
  const cue = drawn.filter((c) => c.pool === "unflagged-cue").slice(0, plan.unflaggedCue);
  const random = drawn.filter((c) => c.pool === "unflagged-random").slice(0, plan.unflaggedRandom);
  return [...flagged, ...cue, ...random].map((c) => ({ ...c, split: plan.split }));
}
