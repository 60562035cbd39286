import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { RawArticle } from "../../src/model/article.js";
import { seededRandom } from "./seeded-random.js";

/** One article of the pooled clustering corpus with the gold story it came from. */
export interface GoldArticle {
  raw: RawArticle;
  gold: string;
}

const DATA = new URL("../../../shared/data/", import.meta.url).pathname;

/** Multi-News validation clusters: each cluster is one story (documents split on "|||||" already). */
export function loadMultiNews(clusters: number): GoldArticle[] {
  const lines = readFileSync(join(DATA, "summarization/multi-news-val250/validation.sample250.jsonl"), "utf8").trim().split("\n");
  const out: GoldArticle[] = [];
  for (const line of lines.slice(0, clusters)) {
    const { row, documents } = JSON.parse(line) as { row: number; documents: string[] };
    documents.forEach((body, i) => {
      if (body.trim()) out.push({ raw: { id: `mn${row}-${i}`, path: `multi-news/${row}/${i}`, body }, gold: `mn${row}` });
    });
  }
  return out;
}

/** NeuS validation stories: three articles (left, centre, right) each, `TITLE=> ... ARTICLE=> ...`. */
export function loadNeus(stories: number): GoldArticle[] {
  const lines = readFileSync(join(DATA, "summarization/neus-allsides-val/val.source"), "utf8").split("\n");
  const out: GoldArticle[] = [];
  lines.slice(0, stories).forEach((line, s) => {
    line.split(" [SEP] ").forEach((part, i) => {
      const m = /^\s*TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
      const title = m?.[1]?.replace(/\.$/, "") ?? "";
      const body = m?.[2] ?? part;
      if (body.trim()) out.push({ raw: { id: `neus${s}-${i}`, path: `neus/${s}/${i}`, title, body }, gold: `neus${s}` });
    });
  });
  return out;
}

/** Join ECB+ tokens back into text: no space before closing punctuation or after opening marks. */
export function detokenize(tokens: readonly string[]): string {
  let out = "";
  for (const raw of tokens) {
    const t = raw === "``" || raw === "''" ? '"' : raw;
    const glue = /^([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)$/i.test(t) || out.endsWith("(") || out.endsWith("$") || /"$/.test(out) && (out.match(/"/g)?.length ?? 0) % 2 === 1;
    const closing = t === '"' && (out.match(/"/g)?.length ?? 0) % 2 === 1;
    out += out === "" || glue || closing ? t : ` ${t}`;
  }
  return out;
}

/**
 * ECB+ documents grouped by story (`doc_story_clusters.tsv`: the "ecb" and "ecbplus" halves of a topic
 * are two different events of the same kind). Text is rebuilt from the tokens; for ECB+ ("plus")
 * documents the first three sentences are the URL, the headline and the date, kept as metadata.
 */
export function loadEcbPlus(): GoldArticle[] {
  const dir = join(DATA, "coreference/ecb-plus");
  const rows = readFileSync(join(dir, "doc_story_clusters.tsv"), "utf8").trim().split("\n").slice(1);
  const out: GoldArticle[] = [];
  for (const row of rows) {
    const [doc, topic, cluster] = row.split("\t");
    if (!doc || !topic || !cluster) continue;
    const xml = gunzipSync(readFileSync(join(dir, "ECB+", topic, `${doc}.xml.gz`))).toString("utf8");
    const sentences = new Map<number, string[]>();
    for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
      const s = Number(m[1]);
      const list = sentences.get(s) ?? [];
      list.push(decodeXml(m[2] ?? ""));
      sentences.set(s, list);
    }
    const lines = [...sentences.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => detokenize(t));
    const raw: RawArticle = { id: `ecb-${doc}`, path: `ecb-plus/${doc}`, body: lines.join("\n") };
    if (doc.endsWith("plus") && lines.length > 3 && /^https?\s*:/.test(lines[0] ?? "")) {
      const [url, title, third = "", ...rest] = lines;
      // The third line is the date line when it holds a date; otherwise it is the report's first line.
      const published = parseDateLine(third);
      Object.assign(raw, {
        url: (url ?? "").replace(/\s+/g, ""),
        title,
        body: (published ? rest : [third, ...rest]).join("\n"),
        ...(published ? { published } : {}),
      });
    }
    out.push({ raw, gold: `ecb${cluster}` });
  }
  return out;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The publication date (YYYY-MM-DD) of an ECB+ date line as tokenized ("May 2 , 2013 | 5 : 03pm",
 * "UPDATED 05 / 03 / 2013 at 11 : 00 AM", "12 January 2010 @ 09 : 29 pm", "published : 2012 - 04 - 04"),
 * or undefined when the line names no full date with a year ("Jul . 7 5 : 59 PM EDT", a headline).
 */
export function parseDateLine(line: string): string | undefined {
  if (/download/i.test(line)) return undefined;
  const text = line.replace(/\s*([,./:-])\s*/g, "$1 ").replace(/(\d)([./:-]) (?=\d)/g, "$1$2").replace(/\s+/g, " ");
  const iso = (y: number, m: number, d: number) =>
    y >= 1990 && y <= 2030 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` : undefined;
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  const named = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(text);
  if (named && month(named[1] ?? "") > 0) return iso(Number(named[3]), month(named[1] ?? ""), Number(named[2]));
  const dayFirst = /\b(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(text);
  if (dayFirst && month(dayFirst[2] ?? "") > 0) return iso(Number(dayFirst[3]), month(dayFirst[2] ?? ""), Number(dayFirst[1]));
  const ymd = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (ymd) return iso(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  const us = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/.exec(text);
  if (us) {
    const y = Number(us[3]);
    return iso(y < 100 ? 2000 + y : y, Number(us[1]), Number(us[2]));
  }
  return undefined;
}

function decodeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Deterministic shuffle (mulberry32 + Fisher-Yates) so every run ingests the same order. */
export function shuffleSeeded<T>(items: readonly T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
