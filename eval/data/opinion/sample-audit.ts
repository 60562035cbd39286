/**
 * How precision-audit rounds 3 to 5 were drawn (each run once with the rules frozen, before judging;
 * kept for the record): `node --import tsx eval/data/opinion/sample-audit.ts <round> <count> > draft.jsonl`.
 * Round 3: `3 60` at commit 35574ba, before any rule change of that session. Round 4: `4 40` at commit
 * ef766a9, after most changes, as a fresh held-out check; round 5: `5 40` at 8a983be, the final rules
 * (only 24 flagged sentences were left in unused articles). Candidates are the sentences the rules flag
 * in articles of stories (round 4: articles) that have no labelled sentence and no sentence in an earlier audit round
 * (both corpora, both sides of the dev/test hash); at most two per article, drawn with a seed fixed
 * per round. Each was then judged by hand, with its neighbours printed for context, as outlet
 * opinion or not.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SENTENCE_OPINION_KINDS } from "../../../src/annotate/opinion/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import { analyzeArticle } from "../../../src/pipeline/analyze-article.js";
import { loadCorpus } from "../../opinion-corpus.js";
import { seededRandom } from "../../lib/seeded-random.js";

const dir = import.meta.dirname;
const round = Number(process.argv[2] ?? 3);
const wanted = Number(process.argv[3] ?? 60);
const usedStories = new Set<string>();
const usedArticles = new Set<string>();
for (const f of ["labels.jsonl", "audit.jsonl"]) {
  for (const line of readFileSync(join(dir, f), "utf8").trim().split("\n")) {
    const key = (JSON.parse(line) as { id: string }).id.split("@")[0] ?? "";
    usedStories.add(key.split(":").slice(0, 2).join(":"));
    usedArticles.add(key);
  }
}
const rand = seededRandom(20261125 + round);
// Round 3 took whole unused stories; by round 4 few are left, so round 4 takes unused articles
// (another outlet's article of a story may have been labelled or audited).
const corpus = loadCorpus().filter((a) => (round >= 4 ? !usedArticles.has(a.key) : !usedStories.has(a.story)));
// Shuffle the articles, then walk them until `wanted` flagged sentences are drawn (at most 2 per article).
for (let i = corpus.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [corpus[i], corpus[j]] = [corpus[j]!, corpus[i]!];
}
const options = normalizeOptions();
let n = 0;
for (const a of corpus) {
  if (n >= wanted) break;
  const doc = analyzeArticle(a.raw, options);
  const starts = [...new Set(doc.opinion.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)).map((m) => m.evidence.start))];
  const picked: number[] = [];
  while (starts.length && picked.length < 2) picked.push(...starts.splice(Math.floor(rand() * starts.length), 1));
  for (const start of picked.sort((x, y) => x - y)) {
    if (n >= wanted) break;
    const m = doc.opinion.find((o) => o.evidence.start === start && SENTENCE_OPINION_KINDS.has(o.kind));
    const s = doc.sentences.findIndex((x) => x.start === start);
    const sent = doc.sentences[s];
    if (!m || !sent) continue;
    const ctx = (k: number) => { const x = doc.sentences[k]; return x ? doc.article.text.slice(x.start, x.end) : ""; };
    console.log(JSON.stringify({ id: `${a.key}@${start}`, kind: m.kind, round, text: doc.article.text.slice(sent.start, sent.end), before: `${ctx(s - 2)} ${ctx(s - 1)}`, after: ctx(s + 1) }));
    n++;
  }
}
