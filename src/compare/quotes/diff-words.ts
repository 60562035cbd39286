/** Words of a quote for comparison: lower case, letters and digits, apostrophes unified. */
export function quoteWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

/** Longest common subsequence of two word lists, as index pairs. */
function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/**
 * Word-level differences of `variant` against `reference`, over the stretch both quote: an outlet that
 * quotes only part of a longer statement has no differences; "we didn't get there" against "we
 * haven't quite gotten there" has removed ["didn't", "get"] and added ["haven't", "quite", "gotten"].
 */
export function diffWords(reference: string, variant: string): { removed: string[]; added: string[] } {
  const a = quoteWords(reference);
  const b = quoteWords(variant);
  const pairs = lcs(a, b);
  if (pairs.length === 0) return { removed: a, added: b };
  const [a0, b0] = pairs[0] as [number, number];
  const [a1, b1] = pairs[pairs.length - 1] as [number, number];
  const inA = new Set(pairs.map((p) => p[0]));
  const inB = new Set(pairs.map((p) => p[1]));
  // Extra words at an end count only when both sides have some there ("we failed" vs "we won");
  // when one side just goes on, that outlet quoted more of the statement.
  const bothLead = a0 > 0 && b0 > 0;
  const bothTail = a1 < a.length - 1 && b1 < b.length - 1;
  const removed = a.filter((_, i) => !inA.has(i) && ((i > a0 && i < a1) || (bothLead && i < a0) || (bothTail && i > a1)));
  const added = b.filter((_, j) => !inB.has(j) && ((j > b0 && j < b1) || (bothLead && j < b0) || (bothTail && j > b1)));
  return { removed, added };
}
