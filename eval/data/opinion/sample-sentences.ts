/**
 * How the opinion set was drawn (run once, before any rule was written; kept for the record):
 * `node --import tsx eval/data/opinion/sample-sentences.ts > eval/data/opinion/draft.jsonl`.
 * Half the sentences are uniform random; half are random among sentences with a broad surface cue
 * (a first/second-person pronoun, a modal of obligation, a hedge, "?" or "!") so that the rare
 * outlet-opinion class has enough members. Each story goes wholly to "dev" or "test".
 */
import { cleanArticle } from "../../../src/clean/clean-article.js";
import { segmentSentences } from "../../../src/segment/segment-sentences.js";
import { loadCorpus } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";
import { CUE, storyHash as hash } from "./draw-round.js";

const rand = seededRandom(20261125);
interface Cand { key: string; story: string; start: number; end: number; text: string; cue: boolean }
const all: Cand[] = [];
for (const a of loadCorpus()) {
  const art = cleanArticle(a.raw);
  const { sentences } = segmentSentences(art.text);
  for (const s of sentences) {
    const text = art.text.slice(s.start, s.end);
    const words = text.split(/\s+/).length;
    if (words < 5 || words > 80) continue;
    all.push({ key: a.key, story: a.story, start: s.start, end: s.end, text, cue: CUE.test(text) });
  }
}
function pick(pool: Cand[], n: number, taken: Set<string>): Cand[] {
  const out: Cand[] = [];
  while (out.length < n && taken.size < pool.length + taken.size) {
    const c = pool[Math.floor(rand() * pool.length)];
    if (!c) break;
    const id = `${c.key}@${c.start}`;
    if (taken.has(id)) continue;
    taken.add(id);
    out.push(c);
  }
  return out;
}
const taken = new Set<string>();
const random = pick(all, 120, taken).map((c) => ({ ...c, pool: "random" }));
const cued = pick(all.filter((c) => c.cue), 140, taken).map((c) => ({ ...c, pool: "cue" }));
for (const c of [...random, ...cued]) {
  const split = hash(c.story) % 2 === 0 ? "dev" : "test";
  console.log(JSON.stringify({ id: `${c.key}@${c.start}`, split, pool: c.pool, text: c.text }));
}
