/**
 * The Zyte article-extraction-benchmark metric, re-implemented from its SOURCE.md description:
 * `\w+` tokens, word 4-gram shingles compared as multisets, (tp, fp, fn) normalised per page so every
 * page weighs the same, precision and recall averaged over pages, F1 of the two means.
 */

/** Unicode `\w+` tokens, as Python's `re.findall(r"\w+", text)` gives them. */
export function tokenizeWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];
}

/** Word 4-gram shingles as a multiset (one shingle of all tokens when fewer than 4). */
export function countShingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenizeWords(text);
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  if (tokens.length === 0) return counts;
  if (tokens.length < n) add(tokens.join(" "));
  else for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join(" "));
  return counts;
}

/** Normalised true positives, false positives and false negatives for one page. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Compare one prediction with its gold text. */
export function scorePage(gold: string, predicted: string): PageCounts {
  const g = countShingles(gold);
  const p = countShingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, pc] of p) {
    const gc = g.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
  }
  for (const [k, gc] of g) fn += Math.max(0, gc - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** Per-page precision, or undefined when the page is skipped (nothing predicted). */
export function pagePrecision(c: PageCounts): number | undefined {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp + c.fp === 0) return undefined;
  return c.tp / (c.tp + c.fp);
}

/** Per-page recall, or undefined when the page is skipped (empty gold). */
export function pageRecall(c: PageCounts): number | undefined {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp + c.fn === 0) return undefined;
  return c.tp / (c.tp + c.fn);
}

/** Corpus scores: mean precision, mean recall, their F1, and exact-token accuracy. */
export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** Score a set of predictions against gold, keyed by page id. */
export function scoreCorpus(gold: Map<string, string>, predicted: Map<string, string>): CorpusScore {
  const ps: number[] = [];
  const rs: number[] = [];
  let exact = 0;
  for (const [id, g] of gold) {
    const p = predicted.get(id) ?? "";
    const c = scorePage(g, p);
    const pr = pagePrecision(c);
    const rc = pageRecall(c);
    if (pr !== undefined) ps.push(pr);
    if (rc !== undefined) rs.push(rc);
    if (tokenizeWords(g).join(" ") === tokenizeWords(p).join(" ")) exact++;
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: gold.size ? exact / gold.size : 0, pages: gold.size };
}
