import type { Cluster } from "./disagreements-data.js";

/** Value types the benchmark perturbs. */
export type PerturbType = "number" | "year" | "month" | "money" | "percent";

/** One controlled change: in article `changed`, the value at `at` becomes `replacement`. */
export interface Perturbation {
  cluster: string;
  type: PerturbType;
  /** Article that keeps the value, and where (offset into its raw body). */
  kept: string;
  keptAt: number;
  /** Article that gets the new value. */
  changed: string;
  changedAt: number;
  original: string;
  replacement: string;
  /** Word overlap (Jaccard) of the two matching sentences, by the benchmark's own measure. */
  similarity: number;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const STOP = new Set(["that", "this", "with", "from", "have", "were", "their", "they", "there", "been", "said", "which", "would", "about", "after", "also", "more", "than", "when", "will", "what", "into", "some", "other"]);

/**
 * Value patterns of the benchmark, written independently of Parallax's extractor. Order matters:
 * money and percent first, so "$3" and "45%" are not also bare numbers.
 */
const PATTERNS: Array<{ type: PerturbType; re: RegExp }> = [
  { type: "money", re: /[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion))?(?![\d,]*\.?\d)/g },
  { type: "percent", re: /(?<![\d.,])\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)/g },
  { type: "month", re: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?=\s+\d|\s+of\b|,?\s+(?:19|20)\d\d|\s+(?:last|this|next)\b)/g },
  { type: "year", re: /(?<![\w$€£.,:-])(?:19[5-9]\d|20[0-2]\d)(?![\w%]|[.,:]\d)/g },
  { type: "number", re: /(?<![\w$€£.,:/-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w%]|[.,:/]\d)|(?<![\w$€£.,:/-])\d+(?:\.\d+)?(?![\w%]|[.,:/]\d)/g },
];

/**
 * "How to Train Your Dragon 2", "Flight 370", "Boeing 777": a number right after a capitalised word
 * (not a month, not a small function word) is part of a name, not a figure a report could get wrong.
 * In a headline in title case every word is capitalised, so there the rule says nothing.
 */
const NAME_WORD_BEFORE = /(?<![\p{L}])(\p{Lu}[\p{L}'’]*)\s$/u;
const NOT_NAME_WORDS = new Set([
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "A", "An", "The", "At", "To", "Of", "In", "On", "By", "For", "From", "With", "About", "Over", "Than", "And", "Or", "Just", "Only", "Some", "Nearly", "Almost",
]);

function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

function isPartOfName(body: string, at: number): boolean {
  const m = NAME_WORD_BEFORE.exec(body.slice(0, at));
  const word = m?.[1];
  // The first word of a sentence is capitalised whatever it is ("But 255 million years ago").
  const first = m !== null && /^[\s"“‘'(—-]*$/.test(body.slice(0, m.index));
  return word !== undefined && !first && !NOT_NAME_WORDS.has(word) && !isTitleCase(body);
}

/**
 * The changed figure of a number stays plausible for what it counts: one below 100 (an age, a day, a
 * score) stays below 100, else it would be an impossible reading ("dead at 148") that an extractor
 * rightly refuses, not a disagreement of outlets.
 */
function scaleBelow100(n: number): number {
  const scaled = scale(n);
  return n < 100 && scaled >= 100 ? n * 0.6 : scaled;
}

const DAY_AFTER_MONTH = /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+$/;

interface Sentence {
  start: number;
  end: number;
  words: Set<string>;
}

/** A plain sentence splitter for the benchmark (independent of Parallax's). */
function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  // Ends at . ! ? followed by space, or a line break: "33.1%" and "U.S." stay inside.
  const re = /[^\n]+?(?:[.!?]+["”’)]*(?=\s|$)|(?=\n)|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) break;
    const start = m.index ?? 0;
    const words = new Set((m[0].toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));
    if (words.size >= 4) out.push({ start, end: start + m[0].length, words });
  }
  return out;
}

/** Sentences that report the same thing: enough shared words, and prose rather than a table row. */
function overlap(a: Sentence, b: Sentence): number {
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  return shared < 4 ? 0 : shared / (a.words.size + b.words.size - shared);
}

function similar(a: Sentence, b: Sentence): boolean {
  if (a.words.size > 45 || b.words.size > 45) return false;
  return overlap(a, b) >= 0.2;
}

/** The words right before and after a value in its sentence, lower case. */
function neighbours(text: string, s: Sentence, at: number, length: number): [string, string] {
  const before = /([a-z]+)[^a-z]*$/i.exec(text.slice(s.start, at))?.[1]?.toLowerCase() ?? "";
  const after = /^[^a-z]*([a-z]+)/i.exec(text.slice(at + length, s.end))?.[1]?.toLowerCase() ?? "";
  return [before, after];
}

/** Values of one type in a span, with offsets; a value counted by an earlier pattern is not counted again. */
function valuesIn(text: string, s: Sentence): Array<{ type: PerturbType; text: string; at: number }> {
  const body = text.slice(s.start, s.end);
  const taken: Array<[number, number]> = [];
  const out: Array<{ type: PerturbType; text: string; at: number }> = [];
  for (const { type, re } of PATTERNS) {
    for (const m of body.matchAll(re)) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && x < b)) continue;
      taken.push([a, b]);
      if (type === "number" && Number(m[0].replace(/,/g, "")) < 2) continue;
      if (type === "number" && isPartOfName(body, a)) continue;
      out.push({ type, text: m[0], at: s.start + a });
    }
  }
  return out;
}

function scale(n: number): number {
  return n < 10 ? n + 5 : n * 1.7;
}

function formatLike(original: string, n: number): string {
  const decimals = /\.(\d+)/.exec(original)?.[1]?.length ?? 0;
  const fixed = n.toFixed(decimals);
  if (!original.includes(",")) return fixed;
  const [int, dec] = fixed.split(".");
  return `${Number(int).toLocaleString("en-US")}${dec ? `.${dec}` : ""}`;
}

/** The changed value: far enough from the original that no hedge can cover both. */
export function perturbValue(type: PerturbType, text: string, dayOfMonth = false): string {
  const num = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0] ?? "";
  const n = Number(num.replace(/,/g, ""));
  switch (type) {
    case "year": return String(n - 3);
    case "month": return MONTHS[(MONTHS.indexOf(text) + 5) % 12]!;
    case "percent": return text.replace(num, formatLike(num, n <= 50 ? n + 20 : n - 20));
    case "money": return text.replace(num, formatLike(num, Math.max(n * 1.7, n + 2)));
    // "March 8" -> "March 13": a day of the month stays a valid day.
    default: return dayOfMonth ? String(n + 5 <= 28 ? n + 5 : n - 5) : formatLike(num, scaleBelow100(n));
  }
}

/**
 * Every place where two articles of a cluster report the same value in matching sentences; one
 * perturbation per (cluster, value type, value), the changed article chosen by the seeded `rnd`.
 */
export function findPerturbations(cluster: Cluster, rnd: () => number): Perturbation[] {
  const out: Perturbation[] = [];
  const seen = new Set<string>();
  const sentences = cluster.articles.map((a) => splitSentences(a.body));
  for (let i = 0; i < cluster.articles.length; i++) {
    for (let j = i + 1; j < cluster.articles.length; j++) {
      for (const sa of sentences[i]!) {
        for (const sb of sentences[j]!) {
          if (!similar(sa, sb)) continue;
          const va = valuesIn(cluster.articles[i]!.body, sa);
          const vb = valuesIn(cluster.articles[j]!.body, sb);
          for (const x of va) {
            // The value must be unambiguous in both sentences: once each.
            if (va.filter((v) => v.text === x.text).length !== 1) continue;
            const ys = vb.filter((v) => v.text === x.text && v.type === x.type);
            if (ys.length !== 1) continue;
            const y = ys[0]!;
            // The same value for the same thing: a neighbouring word agrees ("15 charges" is not "December 15").
            const [xb, xa] = neighbours(cluster.articles[i]!.body, sa, x.at, x.text.length);
            const [yb, ya] = neighbours(cluster.articles[j]!.body, sb, y.at, y.text.length);
            if (!((xb && xb === yb) || (xa && xa === ya))) continue;
            const k = `${x.type}|${x.text}`;
            if (seen.has(k)) continue;
            seen.add(k);
            const flip = rnd() < 0.5;
            const [kept, changed] = flip ? [[i, x], [j, y]] as const : [[j, y], [i, x]] as const;
            out.push({
              cluster: cluster.id,
              type: x.type,
              kept: cluster.articles[kept[0]]!.id,
              keptAt: kept[1].at,
              changed: cluster.articles[changed[0]]!.id,
              changedAt: changed[1].at,
              original: x.text,
              similarity: overlap(sa, sb),
              replacement: perturbValue(x.type, x.text, DAY_AFTER_MONTH.test(cluster.articles[i]!.body.slice(Math.max(0, x.at - 12), x.at))),
            });
          }
        }
      }
    }
  }
  return out;
}
