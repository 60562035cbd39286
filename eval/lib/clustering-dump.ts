/**
 * Analyse the pooled clustering corpus once and write each article's tokens, entities, values and
 * stored features to a JSON file, so representation experiments (`clustering-offline.ts`) run without
 * the NLP. `--rest` dumps the validation material the eval does not pool (Multi-News clusters after
 * the first 120, NeuS stories after the first 120), which no setting is tuned on.
 *
 *   node --import tsx eval/lib/clustering-dump.ts OUT.json [--rest]
 */
import { writeFileSync } from "node:fs";
import { normalizeOptions } from "../../src/config/options.js";
import { analyzeArticle } from "../../src/pipeline/analyze-article.js";
import { segmentSentences } from "../../src/segment/segment-sentences.js";
import { extractFeatures } from "../../src/stream/extract-features.js";
import { hashContent } from "../../src/stream/hash-content.js";
import { type GoldArticle, loadEcbPlus, loadMultiNews, loadNeus } from "./clustering-corpus.js";

const [out, flag] = process.argv.slice(2);
if (!out) throw new Error("usage: clustering-dump.ts OUT.json [--rest]");
const rest = flag === "--rest";
const pooled = [...loadMultiNews(120), ...loadNeus(120)].map((a) => a.raw.id);
const pool: GoldArticle[] = rest
  ? [...loadMultiNews(250), ...loadNeus(400)].filter((a) => !pooled.includes(a.raw.id))
  : [...loadMultiNews(120), ...loadNeus(120), ...loadEcbPlus()];
const options = normalizeOptions();
const rows: unknown[] = [];
const seenHash = new Set<string>();
for (const a of pool) {
  try {
    const doc = analyzeArticle(a.raw, options);
    const h = hashContent(doc.article.text);
    if (seenHash.has(h)) continue;
    seenHash.add(h);
    const title = doc.article.title ? segmentSentences(doc.article.title).tokens : [];
    const sentenceAt = (offset: number) => Math.max(0, doc.sentences.findIndex((s) => offset >= s.start && offset < s.end));
    rows.push({
      id: a.raw.id,
      gold: a.gold,
      features: extractFeatures(doc),
      tokens: doc.tokens.filter((t) => t.pos !== "PUNCT").map((t) => [t.lemma, t.pos, t.stop ? 1 : 0, t.sentence]),
      title: title.filter((t) => t.pos !== "PUNCT").map((t) => [t.lemma, t.pos, t.stop ? 1 : 0, t.sentence]),
      sentences: doc.sentences.map((s) => hashContent(doc.article.text.slice(s.start, s.end)).slice(0, 12)),
      entities: doc.entities.map((e) => [(e.full ?? e.name).toLowerCase(), e.type, sentenceAt(e.start)]),
      values: doc.values.map((v) => [v.kind, v.unit ?? "", v.low, v.high, v.precision ?? "", sentenceAt(v.start), v.text]),
      lead: doc.article.text.slice(0, 300),
      headline: doc.article.title ?? "",
      published: doc.article.published ?? "",
    });
  } catch (err) {
    console.error(`${a.raw.id}: ${(err as Error).message}`);
  }
}
writeFileSync(out, JSON.stringify(rows));
console.error(`${rows.length} articles written to ${out}`);
