/**
 * What earlier labelling rounds and precision audits have read, from their files beside this one: the
 * sentences each later round must not draw again, and the articles and stories it leaves out.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CorpusArticle } from "../../opinion-corpus.js";

/** The labels file of round `round` (round 1's is `labels.jsonl`). */
function labelsFile(round: number): string {
  return round === 1 ? "labels.jsonl" : `labels-round${round}.jsonl`;
}

/** The sentence ids (`<article key>@<start>`) of one file of this folder, in file order. */
function readIds(file: string): string[] {
  return readFileSync(join(import.meta.dirname, file), "utf8")
    .trim()
    .split("\n")
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

/** The article key of a sentence id: `"mnews:48:1@90"` -> `"mnews:48:1"`. */
export function articleKeyOf(id: string): string {
  return id.split("@")[0] ?? "";
}

/**
 * Every sentence labelled in the rounds before `round` or judged in a precision audit (`audit.jsonl`).
 * Example: `readSentencesReadBefore(5)` holds the ids of rounds 1-4 and the audits.
 */
export function readSentencesReadBefore(round: number): Set<string> {
  const files = [...Array.from({ length: round - 1 }, (_, i) => labelsFile(i + 1)), "audit.jsonl"];
  return new Set(files.flatMap(readIds));
}

/** The articles that gave a sentence to any of `rounds`: `readArticlesOfRounds([4, 5])`. */
export function readArticlesOfRounds(rounds: readonly number[]): Set<string> {
  return new Set(rounds.flatMap((r) => readIds(labelsFile(r)).map(articleKeyOf)));
}

/** The stories (of `articles`) with a sentence in a precision audit; an unknown article stands for its own story. */
export function readAuditedStories(articles: readonly CorpusArticle[]): Set<string> {
  const storyOf = new Map(articles.map((a) => [a.key, a.story]));
  return new Set(
    readIds("audit.jsonl").map((id) => {
      const key = articleKeyOf(id);
      return storyOf.get(key) ?? key;
    }),
  );
}
