import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// talisman is CommonJS without types: the classical Porter (1980) stemmer, as ROUGE-1.5.5 `-m` uses.
const porterModule = require("talisman/stemmers/porter.js") as ((w: string) => string) | { default: (w: string) => string };
const porter = typeof porterModule === "function" ? porterModule : porterModule.default;

const WORD = /[a-z0-9]+/g;
const cache = new Map<string, string>();

/** ROUGE tokens: lower-cased runs of a-z/0-9, Porter-stemmed (same for every system and the reference). */
export function rougeTokens(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words.map((w) => {
    let s = cache.get(w);
    if (s === undefined) {
      s = w.length > 3 ? porter(w) : w;
      cache.set(w, s);
    }
    return s;
  });
}

/** The first `n` whitespace-separated words of a text (the length budget is counted in words). */
export function truncateWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, n).join(" ");
}

export interface Prf {
  p: number;
  r: number;
  f: number;
}

function prf(overlap: number, candidate: number, reference: number): Prf {
  const p = candidate ? overlap / candidate : 0;
  const r = reference ? overlap / reference : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(" ");
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** ROUGE-N: clipped n-gram overlap. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): Prf {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** ROUGE-L: longest common subsequence over the whole text (summary-level, not union-LCS per sentence). */
export function rougeL(candidate: readonly string[], reference: readonly string[]): Prf {
  const m = reference.length;
  let prev = new Uint16Array(m + 1);
  let cur = new Uint16Array(m + 1);
  for (const c of candidate) {
    for (let j = 1; j <= m; j++) {
      cur[j] = c === reference[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prf(prev[m] ?? 0, candidate.length, m);
}

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

/** ROUGE-1/2/L F1 of a candidate text against a reference text. */
export function scoreRouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeN(c, r, 1).f, r2: rougeN(c, r, 2).f, rl: rougeL(c, r).f };
}
