import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One story: several outlets' articles. */
export interface Cluster {
  id: string;
  articles: Array<{ id: string; body: string }>;
}

const DATA = join(import.meta.dirname, "../../../shared/data/summarization");

import { seededRandom } from "./seeded-random.js";

export { seededRandom };

/** Multi-News validation sample: one cluster per line, `documents` separated already. */
function loadMultiNews(): Cluster[] {
  const lines = readFileSync(join(DATA, "multi-news-val250/validation.sample250.jsonl"), "utf8").split("\n");
  return lines.filter(Boolean).map((line) => {
    const row = JSON.parse(line) as { row: number; documents: string[] };
    return {
      id: `multinews-${row.row}`,
      articles: row.documents
        .map((d) => d.replace(/ \n /g, "\n").trim())
        .filter((d) => d.length > 200)
        .map((body, i) => ({ id: `mn${row.row}-${i}`, body })),
    };
  });
}

/** NeuS/AllSides validation: three articles per line, "TITLE=> ... ARTICLE=> ..." joined by [SEP]. */
function loadNeus(): Cluster[] {
  const lines = readFileSync(join(DATA, "neus-allsides-val/val.source"), "utf8").split("\n");
  return lines.filter(Boolean).map((line, n) => ({
    id: `neus-${n}`,
    articles: line.split(" [SEP] ").map((part, i) => {
      const m = /TITLE=>\s*(.*?)\s*ARTICLE=>\s*([\s\S]*)$/.exec(part);
      return { id: `ns${n}-${i}`, body: m ? `${m[1]}\n\n${m[2]}` : part };
    }),
  }));
}

/** Validation clusters with at least two articles, shuffled with a seed, `limit` from each set. */
export function loadClusters(limit: number, seed: number): Cluster[] {
  const rnd = seededRandom(seed);
  const pick = (cs: Cluster[]) =>
    cs
      .filter((c) => c.articles.length >= 2)
      .map((c) => ({ c, r: rnd() }))
      .sort((a, b) => a.r - b.r)
      .slice(0, limit)
      .map(({ c }) => c);
  return [...pick(loadMultiNews()), ...pick(loadNeus())];
}
