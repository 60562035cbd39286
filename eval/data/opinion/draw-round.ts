/**
 * The drawing procedure shared by the labelling rounds (see sample-sentences.ts, sample-fresh.ts,
 * sample-ecb.ts for when and how each round was drawn). Kept for the record: the label files are
 * what the eval reads.
 */
import { SENTENCE_OPINION_KINDS } from "../../../src/annotate/opinion/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import { analyzeArticle } from "../../../src/pipeline/analyze-article.js";
import type { CorpusArticle } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";

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

interface Cand { id: string; split: string; pool: string; kind?: string; text: string; before: string; after: string; head: string }

/**
 * A round's candidates, in labelling order: every sentence the rules flag (at most `maxFlagged` per
 * article), then unflagged sentences with the cue, then unflagged ones at random, with the context a
 * labeller reads (two sentences before, one after, the headline and lead).
 */
export function drawRound(plan: RoundPlan): Cand[] {
  const rand = seededRandom(plan.seed);
  const options = normalizeOptions();
  const flagged: Cand[] = [];
  const unflagged: Cand[] = [];
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
      const c: Cand = { id: `${a.key}@${s.start}`, split, pool: "", text: t, before: `${sent(i - 2)} ${sent(i - 1)}`, after: sent(i + 1), head };
      if (picked.includes(s.start)) flagged.push({ ...c, pool: "flagged", kind: marked.get(s.start) });
      else if (!marked.has(s.start) && words >= 5 && words <= 80) unflagged.push({ ...c, pool: CUE.test(t) ? "cue" : "plain" });
    });
  }
  const draw = (pool: Cand[], n: number, name: string): Cand[] => {
    const out: Cand[] = [];
    const rest = [...pool];
    while (out.length < n && rest.length) out.push({ ...(rest.splice(Math.floor(rand() * rest.length), 1)[0] as Cand), pool: name });
    return out;
  };
  const cue = draw(unflagged.filter((c) => c.pool === "cue"), plan.unflaggedCue, "unflagged-cue");
  const taken = new Set(cue.map((c) => c.id));
  const random = draw(unflagged.filter((c) => !taken.has(c.id)), plan.unflaggedRandom, "unflagged-random");
  return [...flagged, ...cue, ...random];
}
