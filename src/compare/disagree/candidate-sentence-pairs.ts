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
export function candidateSentencePairs(items: readonly SentenceItem[], options: CandidateOptions = {}): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  forEachCandidatePair(items, options, (i, j) => out.push([i, j]));
  return out;
}

/**
 * `candidateSentencePairs` handed to `visit` one pair at a time, in the same order, without building
 * the list: a big story has over a million candidate pairs, and a two-number array for each of them
 * was much of the collector's work.
 */
export function forEachCandidatePair(
  items: readonly SentenceItem[],
  { minSharedProbes = 1, bothWays = true, accept }: CandidateOptions,
  visit: (i: number, j: number) => void,
): void {
  const n = items.length;
  // Postings are built in item order, so each list is ascending.
  // Each sentence keeps its terms and their posting lists (two parallel lists), so no term is looked up twice.
  const postings = new Map<string, number[]>();
  const termsOf: string[][] = [];
  const listsOf: number[][][] = [];
  // Sources as numbers: comparing two ids of one length is a character loop.
  const sourceNumbers = new Map<string, number>();
  const sourceOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const terms: string[] = [];
    const lists: number[][] = [];
    for (const t of items[i]!.terms) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
      terms.push(t);
      lists.push(list);
    }
    termsOf.push(terms);
    listsOf.push(lists);
    const source = items[i]!.source;
    let number = sourceNumbers.get(source);
    if (number === undefined) sourceNumbers.set(source, (number = sourceNumbers.size));
    sourceOf[i] = number;
  }
  const byFact = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    for (const f of items[i]!.facts ?? []) {
      let list = byFact.get(f);
      if (!list) byFact.set(f, (list = []));
      list.push(i);
    }
  }
  // Candidates of each earlier sentence (`partners[i]` holds the j > i), deduplicated at the end with
  // one mark per sentence: a set of every pair key was most of this function's time at 2,000 articles.
  const partners: number[][] = [];
  for (let i = 0; i < n; i++) partners.push([]);
  const add = (a: number, b: number) => {
    if (a === b) return;
    const i = Math.min(a, b);
    const j = Math.max(a, b);
    if (sourceOf[i] === sourceOf[j]) return;
    partners[i]!.push(j);
  };
  for (const members of byFact.values()) {
    for (let x = 0; x < members.length; x++) {
      const limit = Math.min(x, FACT_REPRESENTATIVES);
      for (let y = 0; y < limit; y++) add(members[y] as number, members[x] as number);
    }
  }
  // Shared-probe counts per other sentence, reset after each sentence through `touched`.
  const hits = new Int32Array(n);
  const touched: number[] = [];
  // A sentence's probes: its PROBES rarest terms (fewest sentences, then alphabetical), kept in
  // order in a small buffer as its terms are read (the same terms as sorting them all).
  const probeTerms: string[] = [];
  const probeLists: number[][] = [];
  for (let i = 0; i < n; i++) {
    probeTerms.length = 0;
    probeLists.length = 0;
    const terms = termsOf[i]!;
    const lists = listsOf[i]!;
    for (let k = 0; k < terms.length; k++) {
      const list = lists[k]!;
      const df = list.length;
      if (df <= 1 || df > POSTING_CAP) continue;
      const term = terms[k]!;
      // Insertion point: after every probe that comes first (rarer, or as rare and alphabetically first).
      let at = probeTerms.length;
      while (at > 0) {
        const before = probeLists[at - 1]!.length;
        if (before < df || (before === df && probeTerms[at - 1]! < term)) break;
        at--;
      }
      if (at >= PROBES) continue;
      probeTerms.splice(at, 0, term);
      probeLists.splice(at, 0, list);
      if (probeTerms.length > PROBES) {
        probeTerms.length = PROBES;
        probeLists.length = PROBES;
      }
    }
    // Outside a shared fact, a pair must share `minSharedProbes` of the rarer terms of one of its two
    // sentences: each sentence probes all others, since a long sentence's rarest words may be words
    // the other does not use ("Elkhart County" / "Fort Wayne") while the shorter one's are shared.
    for (let p = 0; p < probeLists.length; p++) {
      const list = probeLists[p]!;
      for (let x = list.length - 1; x >= 0; x--) {
        const j = list[x]!;
        if (j <= i && !bothWays) break;
        if (j === i) continue;
        if (hits[j] === 0) touched.push(j);
        hits[j] = hits[j]! + 1;
      }
    }
    for (const j of touched) {
      if (hits[j]! >= minSharedProbes) add(i, j);
      hits[j] = 0;
    }
    touched.length = 0;
  }
  const mark = new Int32Array(n).fill(-1);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    kept.length = 0;
    for (const j of partners[i]!) {
      if (mark[j] === i) continue;
      mark[j] = i;
      if (!accept || accept(i, j)) kept.push(j);
    }
    partners[i] = [];
    kept.sort((a, b) => a - b);
    for (const j of kept) visit(i, j);
  }
}
