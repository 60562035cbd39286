import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadMultiNews, loadNeus } from "../../eval/lib/summary-data.js";
import type { RawArticle } from "../../src/model/article.js";

export const EXAMPLE_DIR = resolve(import.meta.dirname, "../../examples/alaska-summit");

/** The bundled example: five outlets' reports of one story. */
export function loadExample(): RawArticle[] {
  return readdirSync(EXAMPLE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), path: f, body: readFileSync(resolve(EXAMPLE_DIR, f), "utf8") }));
}

/**
 * "A small edit" so that a repeated article still aligns with its original but is not byte-identical:
 * drop its last paragraph and change one word.
 */
function editCopy(a: RawArticle, round: number): RawArticle {
  const paragraphs = a.body.split(/\n\s*\n/);
  const body = (paragraphs.length > 2 ? paragraphs.slice(0, -1) : paragraphs).join("\n\n").replace(/\bthe\b/, "this");
  return { ...a, id: `${a.id}_r${round}`, path: `${a.path}#r${round}`, body };
}

/**
 * `n` real articles: the example first, then the Multi-News and NeuS validation clusters in order
 * (articles of one cluster report one story, so they align), then edited copies when more are asked
 * for than the data holds.
 */
export function loadBenchArticles(n: number): RawArticle[] {
  const pool: RawArticle[] = [
    ...loadExample(),
    ...loadMultiNews().flatMap((c) => c.articles),
    ...loadNeus().flatMap((c) => c.articles),
  ];
  const out: RawArticle[] = [];
  for (let round = 0; out.length < n; round++) {
    for (const a of pool) {
      if (out.length >= n) break;
      out.push(round === 0 ? a : editCopy(a, round));
    }
  }
  return out;
}
