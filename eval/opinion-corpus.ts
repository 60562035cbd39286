/**
 * Loads the public articles the opinion set was sampled from (research-only data in ../shared/data):
 * NeuS/AllSides val (3 articles per story) and Multi-News val sample (2-10 articles per cluster).
 */
import { readdirSync, readFileSync } from "node:fs";
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
