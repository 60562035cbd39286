/**
 * Loads the public articles the opinion set was sampled from (research-only data in ../shared/data):
 * NeuS/AllSides val (3 articles per story) and Multi-News val sample (2-10 articles per cluster).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
