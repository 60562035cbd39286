/**
 * Loads the public articles the opinion set was sampled from (research-only data in ../shared/data):
 * NeuS/AllSides val (3 articles per story) and Multi-News val sample (2-10 articles per cluster).
 */
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { detectForeignLanguage } from "../src/ingest/check-language.js";
import type { RawArticle } from "../src/model/article.js";

export const DATA = join(import.meta.dirname, "..", "..", "shared", "data", "summarization");

export interface CorpusArticle {
  /** "neus:<line>:<doc>" or "mnews:<row>:<doc>" */
  key: string;
  /** Story key, used to split dev/test so one story never straddles both. */
  story: string;
  raw: RawArticle;
}

/** Every article of both corpora, as raw articles ready for `analyzeArticle`. */
export function loadCorpus(): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  const neus = readFileSync(join(DATA, "neus-allsides-val", "val.source"), "utf8").split("\n");
  neus.forEach((line, li) => {
    if (!line.trim()) return;
    line.split(" [SEP] ").forEach((part, di) => {
      const m = /^\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
      if (!m) return;
      const key = `neus:${li}:${di}`;
      out.push({ key, story: `neus:${li}`, raw: { id: key, path: key, title: m[1] ?? "", body: m[2] ?? "" } });
    });
  });
  const mn = readFileSync(join(DATA, "multi-news-val250", "validation.sample250.jsonl"), "utf8").split("\n");
  for (const line of mn) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { row: number; documents: string[] };
    row.documents.forEach((body, di) => {
      const key = `mnews:${row.row}:${di}`;
      out.push({ key, story: `mnews:${row.row}`, raw: { id: key, path: key, body: body.replace(/ \n /g, "\n") } });
    });
  }
  return out;
}

const SHARED = join(import.meta.dirname, "..", "..", "shared", "data");

/**
 * The second labelling round's articles, from corpora the rules were never written on: the PolNeAR
 * dev articles (political news of 2016 from seven publishers, news and opinion alike) and the
 * article bodies of the Zyte extraction benchmark (181 pages of news, blogs, reviews, columns and
 * press releases) that ingest accepts as English. Keys "polnear:<file name>" and "zyte:<first 12 hex of the page id>"; each article
 * is its own story.
 */
export function loadFreshCorpus(): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  const polnear = join(SHARED, "attribution", "polnear-dev", "dev", "text");
  for (const file of readdirSync(polnear).filter((f) => f.endsWith(".txt")).sort()) {
    const key = `polnear:${file.replace(/\.txt$/, "")}`;
    const text = readFileSync(join(polnear, file), "utf8");
    // The first line is the headline; the body follows the blank line after it.
    const cut = text.indexOf("\n");
    const title = cut > 0 ? text.slice(0, cut).trim() : "";
    out.push({ key, story: key, raw: { id: key, path: key, title, body: cut > 0 ? text.slice(cut + 1).trim() : text } });
  }
  const zyte = JSON.parse(readFileSync(join(SHARED, "extraction", "zyte-article-extraction", "ground-truth.json"), "utf8")) as Record<string, { articleBody?: string }>;
  for (const [id, page] of Object.entries(zyte).sort(([a], [b]) => a.localeCompare(b))) {
    const body = page.articleBody ?? "";
    // Some pages' gold bodies are cut to a teaser ("All..."): too little text to read a genre from.
    if (body.length < 1500) continue;
    // Ingest rejects text that is not English (Portuguese, Russian, German pages here): the opinion
    // stage never sees such a page, so neither does its evaluation.
    if (detectForeignLanguage(body)) continue;
    const key = `zyte:${id.slice(0, 12)}`;
    out.push({ key, story: key, raw: { id: key, path: key, body } });
  }
  return out;
}

/** Joins ECB+ tokens back into text: no space before closing punctuation or after opening marks. */
function detokenize(tokens: readonly string[]): string {
  return tokens
    .map((t) => (t === "``" ? "“" : t === "''" ? "”" : t))
    .join(" ")
    .replace(/ ([.,;:!?%)\]}”]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b|’s\b)/g, "$1")
    .replace(/([(\[{“$]) /g, "$1")
    // A straight quotation mark after the quotation's own comma or stop, before a lower-case word or
    // the end, closes it ("I am peace, " and said -> "I am peace," and said); one before a capital opens.
    .replace(/([,.!?]) (["'])(?= \p{Ll}| (?:\p{Lu}[\p{L}.]* ){1,3}(?:said|says|told|added|wrote)\b|$)/gu, "$1$2")
    .replace(/(^| )(["']) (?=\p{Lu})/gu, "$1$2")
    .replace(/(\p{L}) ’ (\p{L})/gu, "$1’$2")
    .replace(/(\d): (\d)/g, "$1:$2")
    .replace(/(\S) \/ (?=\S)/g, "$1/")
    .replace(/&amp;/g, "&").replace(/&quot;/g, "\"").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'");
}

/**
 * The third labelling round's articles: the ECB+ news documents (wire and web news of 2008-2013,
 * 43 topics), rebuilt from their tokens, one sentence a line (wire copy's one-sentence paragraphs).
 * The source URL line of the "ecbplus" files is dropped. Keys "ecb:<document>"; a story is an ECB+
 * sub-topic (`doc_story_clusters.tsv`), so reports of one event stay on one side of the split.
 */
export function loadEcbCorpus(): CorpusArticle[] {
  const root = join(SHARED, "coreference", "ecb-plus");
  const story = new Map<string, string>();
  for (const line of readFileSync(join(root, "doc_story_clusters.tsv"), "utf8").trim().split("\n").slice(1)) {
    const [doc, , cluster] = line.split("\t");
    if (doc && cluster) story.set(doc, cluster);
  }
  const out: CorpusArticle[] = [];
  for (const topic of readdirSync(join(root, "ECB+")).sort()) {
    for (const file of readdirSync(join(root, "ECB+", topic)).filter((f) => f.endsWith(".xml.gz")).sort()) {
      const xml = gunzipSync(readFileSync(join(root, "ECB+", topic, file))).toString("utf8");
      const sentences = new Map<number, string[]>();
      for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        const n = Number(m[1]);
        const list = sentences.get(n) ?? [];
        list.push(m[2] ?? "");
        sentences.set(n, list);
      }
      // One sentence a line, except that a quotation still open at a sentence's end keeps the next
      // sentence in its paragraph (ECB+ keeps no paragraphs; a paragraph never breaks inside a quote).
      // British single marks count too: "'Then I went home and I heard a lot of screams." opens a
      // quotation that "... I will never forget.'" closes two sentences later.
      const lines: string[] = [];
      let open = false;
      let single = false;
      for (const [, tokens] of [...sentences.entries()].sort(([a], [b]) => a - b)) {
        const line = detokenize(tokens);
        if (/^https?:/.test(line)) continue;
        if ((open || single) && lines.length) lines[lines.length - 1] += ` ${line}`;
        else lines.push(line);
        for (const c of line) open = c === "“" ? true : c === "”" ? false : c === '"' ? !open : open;
        const closes = /[,.!?]['’](?:\s|$)/.test(line);
        if (single) single = !closes;
        else single = /^['‘]\p{Lu}/u.test(line) && !closes;
      }
      const doc = file.replace(/\.xml\.gz$/, "");
      const key = `ecb:${doc}`;
      out.push({ key, story: `ecb:${story.get(doc) ?? doc}`, raw: { id: key, path: key, body: lines.join("\n") } });
    }
  }
  return out;
}

/** Where the eighth and later rounds' corpus lives: a transcription kept in this repository (see its SOURCE.md). */
const HYPERPARTISAN = join(import.meta.dirname, "data", "opinion", "corpus-hyperpartisan");

/**
 * Rounds 8 and later: articles of the SemEval-2019 Task 4 "by-article" training set (political news,
 * columns, letters, blogs and newsletters of 2017-2018 from many US publishers), transcribed into
 * `eval/data/opinion/corpus-hyperpartisan/articles-part*.txt.gz`: one article a block, "=== <id> |
 * <published> | <title>" then one paragraph a line. Keys "hyperpartisan:<id>"; each article is its own story.
 */
export function loadHyperpartisanCorpus(): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const file of readdirSync(HYPERPARTISAN).filter((f) => /^articles-part\d+\.txt\.gz$/.test(f)).sort()) {
    const text = gunzipSync(readFileSync(join(HYPERPARTISAN, file))).toString("utf8");
    for (const block of text.split(/^=== /m).slice(1)) {
      const cut = block.indexOf("\n");
      const [id = "", published = "", ...title] = block.slice(0, cut).split(" | ");
      const key = `hyperpartisan:${id.trim()}`;
      out.push({ key, story: key, raw: { id: key, path: key, title: title.join(" | ").trim(), published: published.trim() || undefined, body: block.slice(cut + 1).trim() } });
    }
  }
  return out;
}
