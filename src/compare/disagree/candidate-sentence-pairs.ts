/** A sentence to compare: its source, content terms and the aligned facts it belongs to. */
export interface SentenceItem {
  readonly source: string;
  readonly terms: ReadonlySet<string>;
  readonly facts?: ReadonlySet<string>;
}

/** How candidates are looked up. */
export interface CandidateOptions {
  /** Outside a shared fact, how many of a sentence's rarer terms the other must share (default 1). */
  readonly minSharedProbes?: number;
  /** Probe from both sentences of a pair (default), or from the earlier one only. */
  readonly bothWays?: boolean;
  /** A cheap test a pair must pass to be kept ("the two sentences hold a value of one kind"). */
  readonly accept?: (i: number, j: number) => boolean;
}

/** Rarest terms of a sentence used to look up its candidates. */
const PROBES = 8;
/** A term in more sentences than this says nothing about which two report the same thing. */
const POSTING_CAP = 400;
/** Members of one big fact are compared with its first members only: they say the same thing. */
const FACT_REPRESENTATIVES = 24;

/**
 * The pairs of sentences (from different sources) worth comparing for disagreements: those in one
 * aligned fact, and those that share one of their rarer terms. Comparing every pair of sentences in
 * a story is quadratic (500 articles did not finish in minutes); this keeps the work near-linear.
 * Pairs are `[i, j]` with `i < j`, each once. Callers that need several shared words (three, for
 * a paraphrase) ask for two shared probes, which prunes most pairs before any overlap is computed;
 * `bothWays: false` probes from the earlier sentence only (half the work, for callers that need close
 * paraphrases, whose rare words are shared anyway).
 */
export function candidateSentencePairs(
  items: readonly SentenceItem[],
  { minSharedProbes = 1, bothWays = true, accept }: CandidateOptions = {},
): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const t of it.terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const byFact = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const f of it.facts ?? []) {
      let list = byFact.get(f);
      if (!list) byFact.set(f, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = items.length;
  const add = (a: number, b: number) => {
    if (a === b) return;
    const [i, j] = a < b ? [a, b] : [b, a];
    if (items[i]?.source === items[j]?.source || (accept && !accept(i, j))) return;
    const k = i * n + j;
    if (seen.has(k)) return;
    seen.add(k);
    out.push([i, j]);
  };
  for (const members of byFact.values()) {
    for (let x = 0; x < members.length; x++) {
      const limit = Math.min(x, FACT_REPRESENTATIVES);
      for (let y = 0; y < limit; y++) add(members[y] as number, members[x] as number);
    }
  }
  items.forEach((it, i) => {
    const probes = [...it.terms]
      .map((t) => [t, postings.get(t)?.length ?? 0] as const)
      .filter(([, df]) => df > 1 && df <= POSTING_CAP)
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, PROBES);
    // Outside a shared fact, a pair must share `minSharedProbes` of the rarer terms of one of its two
    // sentences: each sentence probes all others, since a long sentence's rarest words may be words
    // the other does not use ("Elkhart County" / "Fort Wayne") while the shorter one's are shared.
    const hits = new Map<number, number>();
    for (const [t] of probes) for (const j of postings.get(t) ?? []) if (j > i || (bothWays && j < i)) hits.set(j, (hits.get(j) ?? 0) + 1);
    for (const [j, count] of hits) if (count >= minSharedProbes) add(i, j);
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
