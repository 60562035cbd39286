import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { RawArticle } from "../../src/model/article.js";

/** One multi-document cluster with its reference summary. */
export interface SummaryCluster {
  readonly id: string;
  readonly articles: RawArticle[];
  readonly reference: string;
}

export const DATA_DIR = resolve(import.meta.dirname, "../../../shared/data/summarization");

/** Multi-News: `{documents: string[], summary}` per line; the summary's leading "– " is stripped. */
export function loadMultiNews(file = resolve(DATA_DIR, "multi-news-val250/validation.sample250.jsonl")): SummaryCluster[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as { row?: number; documents: string[]; summary: string };
      const id = `mn${row.row ?? i}`;
      return {
        id,
        articles: row.documents
          .filter((d) => d.trim())
          .map((body, k) => ({ id: `${id}_${k}`, path: `${id}/${k}.txt`, body })),
        reference: row.summary.replace(/^\s*[–-]\s*/, ""),
      };
    });
}

const WRAPPED = /^\s*TITLE=>\s*([\s\S]*?)\s*ARTICLE=>\s*([\s\S]*)$/;

/** Split a NeuS `TITLE=> ... ARTICLE=> ...` item into title and body. */
export function unwrapNeus(item: string): { title: string; body: string } {
  const m = WRAPPED.exec(item);
  if (!m) return { title: "", body: item.trim() };
  return { title: (m[1] ?? "").trim(), body: (m[2] ?? "").trim() };
}

/** NeuS/AllSides: 3 articles per line joined by ` [SEP] `; the target's wrapper is stripped to its text. */
export function loadNeus(dir = resolve(DATA_DIR, "neus-allsides-val")): SummaryCluster[] {
  const sources = readFileSync(resolve(dir, "val.source"), "utf8").split("\n");
  const targets = readFileSync(resolve(dir, "val.target"), "utf8").split("\n");
  const out: SummaryCluster[] = [];
  sources.forEach((line, i) => {
    if (!line.trim()) return;
    const id = `neus${i}`;
    const articles = line.split(" [SEP] ").map((item, k) => {
      const { title, body } = unwrapNeus(item);
      return { id: `${id}_${k}`, path: `${id}/${k}.txt`, ...(title ? { title } : {}), body };
    });
    out.push({ id, articles, reference: unwrapNeus(targets[i] ?? "").body });
  });
  return out;
}
