import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { RawArticle } from "../../src/model/article.js";

export const FIXTURES = resolve(import.meta.dirname, "../fixtures");

/** The invented mini stories for alignment and summary tests: each `align-*` folder holds one story. */
export const ALIGN_STORIES = readdirSync(FIXTURES).filter((d) => d.startsWith("align-")).sort();

/** A story's articles, one per `.txt` file, ids from the file names. */
export function loadStory(slug: string): RawArticle[] {
  const dir = resolve(FIXTURES, slug);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), path: f, body: readFileSync(resolve(dir, f), "utf8") }));
}
