import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { seededRandom } from "../../eval/lib/seeded-random.js";
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
  const pool: RawArticle[] = [...loadExample(), ...loadMultiNews().flatMap((c) => c.articles), ...loadNeus().flatMap((c) => c.articles)];
  const out: RawArticle[] = [];
  for (let round = 0; out.length < n; round++) {
    for (const a of pool) {
      if (out.length >= n) break;
      out.push(round === 0 ? a : editCopy(a, round));
    }
  }
  return out;
}

/** The example's sentences, in order (a plain splitter: a broken sentence is still real text). */
function exampleSentences(): string[] {
  return loadExample().flatMap((a) =>
    a.body
      .split(/\n\s*\n/)
      .flatMap((p) =>
        p
          .replace(/\s+/g, " ")
          .trim()
          .split(/(?<=[a-z0-9)][.!?]["”’]?)\s*(?=["“]?[A-Z])/),
      )
      .map((s) => s.trim())
      .filter((s) => s.split(" ").length >= 6),
  );
}

/** Words a reporter could put either way: one is swapped in an edited sentence. */
const SWAPS: readonly (readonly [RegExp, string])[] = [
  [/\bsaid\b/, "stated"],
  [/\bmeeting\b/, "talks"],
  [/\bon Friday\b/, "on Friday evening"],
  [/\bthe\b/, "this"],
  [/\bbut\b/, "yet"],
  [/\bcalled\b/, "described"],
];

/** A small seeded edit: change one number, or swap one word. */
function editSentence(s: string, random: () => number): string {
  if (random() < 0.5 && /\d/.test(s)) {
    return s.replace(/\d+/, (d) => String(Math.max(1, Number(d) + 1 + Math.floor(random() * 9))));
  }
  const candidates = SWAPS.filter(([re]) => re.test(s));
  const swap = candidates[Math.floor(random() * candidates.length)];
  return swap ? s.replace(swap[0], swap[1]) : s;
}

/** Share of the story's sentences one generated article reports (about the example's own article length). */
export const ONE_STORY_SHARE = 0.25;
/** Share of an article's sentences that get a small edit. */
const EDITED_SHARE = 0.3;

/**
 * `n` distinct articles of ONE event, as a big story's outlets would write it: each a seeded random
 * selection of a quarter of the example's sentences (its five real reports), in a random order, with a
 * third of them slightly edited (a number changed or a word swapped), in paragraphs of 1-3 sentences.
 * Two of them share ~6% of the story's sentences, so they align on many facts, yet are not syndicated
 * copies (the brief's collapse keeps them: see `bench/one-story-collapse.ts`). Every sentence of the
 * story is told by ~a quarter of the outlets, every name by most: the case a pooled corpus of small
 * stories hides.
 */
export function oneStoryArticles(n: number, seed = 7): RawArticle[] {
  const sentences = exampleSentences();
  const random = seededRandom(seed);
  const take = Math.max(3, Math.round(sentences.length * ONE_STORY_SHARE));
  const out: RawArticle[] = [];
  for (let i = 0; i < n; i++) {
    // A partial Fisher-Yates shuffle: the first `take` places are a uniform random selection, in random order.
    const order = sentences.map((_, j) => j);
    for (let j = 0; j < take; j++) {
      const k = j + Math.floor(random() * (order.length - j));
      [order[j], order[k]] = [order[k] ?? 0, order[j] ?? 0];
    }
    const picked = order.slice(0, take).map((j) => {
      const s = sentences[j] ?? "";
      return random() < EDITED_SHARE ? editSentence(s, random) : s;
    });
    const paragraphs: string[] = [];
    for (let j = 0; j < picked.length; ) {
      const len = 1 + Math.floor(random() * 3);
      paragraphs.push(picked.slice(j, j + len).join(" "));
      j += len;
    }
    const id = `story_${String(i).padStart(4, "0")}`;
    out.push({ id, path: `${id}.txt`, body: `${paragraphs.join("\n\n")}\n` });
  }
  return out;
}
