/**
 * How the third labelling round was drawn (run once, at commit c85c9da with the rules frozen, after
 * the rule changes tuned on the first two rounds' dev split and before any change for this round; kept
 * for the record): `node --import tsx eval/data/opinion/sample-ecb.ts > draft.jsonl`.
 * Articles: the ECB+ news documents (`loadEcbCorpus`), which no rule was written on. From each article
 * every sentence the rules flag (at most MAX_FLAGGED, drawn at random), then, across all articles,
 * UNFLAGGED_CUE unflagged sentences with a broad surface cue and UNFLAGGED_RANDOM at random. Each ECB+
 * sub-topic (one news event) goes wholly to "dev" or "test" by the hash of the first round.
 */
import { SENTENCE_OPINION_KINDS } from "../../../src/annotate/opinion/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import { analyzeArticle } from "../../../src/pipeline/analyze-article.js";
import { loadEcbCorpus } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";

const MAX_FLAGGED = 2;
const UNFLAGGED_CUE = 40;
const UNFLAGGED_RANDOM = 20;

function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}
const CUE = /\b(I|I'm|I’m|I've|I’ve|my|me|we|our|us|you|your|should|must|ought|perhaps|maybe|probably|surely|clearly|of course|arguably)\b|[?!]/i;
const rand = seededRandom(20261125 + 300);
const options = normalizeOptions();
interface Cand { id: string; split: string; pool: string; kind?: string; text: string; before: string; after: string; head: string }
const flagged: Cand[] = [];
const unflagged: Cand[] = [];
for (const a of loadEcbCorpus()) {
  const doc = analyzeArticle(a.raw, options);
  const text = doc.article.text;
  const split = hash(a.story) % 2 === 0 ? "dev" : "test";
  const sent = (k: number) => { const x = doc.sentences[k]; return x ? text.slice(x.start, x.end) : ""; };
  const head = `${a.raw.title ?? ""} | ${sent(0)} ${sent(1)}`.slice(0, 300);
  const marked = new Map<number, string>();
  for (const m of doc.opinion) if (SENTENCE_OPINION_KINDS.has(m.kind) && !marked.has(m.evidence.start)) marked.set(m.evidence.start, m.kind);
  const starts = [...marked.keys()];
  const picked: number[] = [];
  while (starts.length && picked.length < MAX_FLAGGED) picked.push(...starts.splice(Math.floor(rand() * starts.length), 1));
  doc.sentences.forEach((s, i) => {
    const t = text.slice(s.start, s.end);
    const words = t.split(/\s+/).length;
    const c: Cand = { id: `${a.key}@${s.start}`, split, pool: "", text: t, before: `${sent(i - 2)} ${sent(i - 1)}`, after: sent(i + 1), head };
    if (picked.includes(s.start)) flagged.push({ ...c, pool: "flagged", kind: marked.get(s.start) });
    else if (!marked.has(s.start) && words >= 5 && words <= 80) unflagged.push({ ...c, pool: CUE.test(t) ? "cue" : "plain" });
  });
}
function draw(pool: Cand[], n: number, name: string): Cand[] {
  const out: Cand[] = [];
  const rest = [...pool];
  while (out.length < n && rest.length) out.push({ ...rest.splice(Math.floor(rand() * rest.length), 1)[0]!, pool: name });
  return out;
}
const cue = draw(unflagged.filter((c) => c.pool === "cue"), UNFLAGGED_CUE, "unflagged-cue");
const taken = new Set(cue.map((c) => c.id));
const random = draw(unflagged.filter((c) => !taken.has(c.id)), UNFLAGGED_RANDOM, "unflagged-random");
for (const c of [...flagged, ...cue, ...random]) console.log(JSON.stringify(c));
