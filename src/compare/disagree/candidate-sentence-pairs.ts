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
  /**
   * A test a sentence must pass to be in any pair ("a full sentence, not a headline"), asked once per
   * sentence. A sentence left out still counts in how rare each of its terms is.
   */
  readonly only?: (i: number) => boolean;
  /**
   * The items' terms already numbered (from one `termNumbering`): each item's as ascending numbers,
   * and each number's term. Saves numbering them again; the items' `terms` are then not read.
   */
  readonly numbered?: { readonly terms: (i: number) => Int32Array; readonly names: readonly string[] };
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
 * was much of the collector's work. Each sentence's partners after it are gathered when its turn
 * comes (the earlier sentences' probes are known by then), so no list of pairs is kept at all; terms,
 * postings and probes are numbers in flat typed arrays, which the collector never has to walk.
 */
export function forEachCandidatePair(
  items: readonly SentenceItem[],
  { minSharedProbes = 1, bothWays = true, accept, only, numbered }: CandidateOptions,
  visit: (i: number, j: number) => void,
): void {
  const n = items.length;
  // Terms as numbers (in order of first sight), each sentence's in one flat list: `termsAt[i]` up to
  // `termsAt[i + 1]` in `terms`; `df` is how many sentences have each term.
  const numbers = new Map<string, number>();
  const names: string[] = numbered ? [...numbered.names] : [];
  const termsAt = new Int32Array(n + 1);
  let terms = new Int32Array(1024);
  let df = new Int32Array(Math.max(1024, names.length));
  let used = 0;
  for (let i = 0; i < n; i++) {
    termsAt[i] = used;
    if (numbered) {
      const given = numbered.terms(i);
      while (used + given.length > terms.length) terms = grown(terms);
      for (let x = 0; x < given.length; x++) {
        terms[used++] = given[x]!;
        df[given[x]!]!++;
      }
      continue;
    }
    for (const t of items[i]!.terms) {
      let k = numbers.get(t);
      if (k === undefined) {
        numbers.set(t, (k = names.length));
        names.push(t);
        if (k === df.length) df = grown(df);
      }
      if (used === terms.length) terms = grown(terms);
      terms[used++] = k;
      df[k]!++;
    }
  }
  termsAt[n] = used;
  const termCount = names.length;
  // Postings: the sentences of each term, ascending (`postingsAt[k]` up to `postingsAt[k + 1]`).
  const postingsAt = offsetsOf(df, termCount);
  const postings = new Int32Array(used);
  {
    const fill = postingsAt.slice(0, termCount);
    for (let i = 0; i < n; i++) for (let x = termsAt[i]!; x < termsAt[i + 1]!; x++) postings[fill[terms[x]!]!++] = i;
  }
  // Sources as numbers: comparing two ids of one length is a character loop.
  const sourceNumbers = new Map<string, number>();
  const sourceOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const source = items[i]!.source;
    let number = sourceNumbers.get(source);
    if (number === undefined) sourceNumbers.set(source, (number = sourceNumbers.size));
    sourceOf[i] = number;
  }
  // Sentences that may be in a pair at all.
  const allowed = new Uint8Array(n);
  for (let i = 0; i < n; i++) allowed[i] = !only || only(i) ? 1 : 0;
  // A sentence's probes: its PROBES rarest terms (fewest sentences, then alphabetical), kept in order
  // in a small buffer as its terms are read (the same terms as sorting them all).
  const probes = new Int32Array(n * PROBES);
  const probeCount = new Uint8Array(n);
  const probedBy = new Int32Array(termCount);
  for (let i = 0; i < n; i++) {
    // A sentence in no pair needs no probes.
    if (allowed[i] === 0) continue;
    const at0 = i * PROBES;
    let count = 0;
    for (let x = termsAt[i]!; x < termsAt[i + 1]!; x++) {
      const k = terms[x]!;
      const f = df[k]!;
      if (f <= 1 || f > POSTING_CAP) continue;
      // Insertion point: after every probe that comes first (rarer, or as rare and alphabetically first).
      let at = count;
      while (at > 0) {
        const before = probes[at0 + at - 1]!;
        const fb = df[before]!;
        if (fb < f || (fb === f && names[before]! < names[k]!)) break;
        at--;
      }
      if (at >= PROBES) continue;
      const last = Math.min(count, PROBES - 1);
      for (let y = last; y > at; y--) probes[at0 + y] = probes[at0 + y - 1]!;
      probes[at0 + at] = k;
      if (count < PROBES) count++;
    }
    probeCount[i] = count;
    for (let p = 0; p < count; p++) probedBy[probes[at0 + p]!]!++;
  }
  // Which sentences probe with each term, ascending: a sentence j probing with a term of i finds i.
  const probersAt = offsetsOf(probedBy, termCount);
  const probers = new Int32Array(bothWays ? probersAt[termCount]! : 0);
  if (bothWays) {
    const fill = probersAt.slice(0, termCount);
    for (let j = 0; j < n; j++) for (let p = 0; p < probeCount[j]!; p++) probers[fill[probes[j * PROBES + p]!]!++] = j;
  }
  // Members of one aligned fact, ascending; each sentence keeps the facts it is among the first
  // FACT_REPRESENTATIVES members of (with its place), as those pair it with every later member.
  const byFact = new Map<string, number[]>();
  const representing: Array<Array<{ members: number[]; at: number }> | undefined> = [];
  for (let i = 0; i < n; i++) {
    for (const f of items[i]!.facts ?? []) {
      let members = byFact.get(f);
      if (!members) byFact.set(f, (members = []));
      if (members.length < FACT_REPRESENTATIVES) (representing[i] ??= []).push({ members, at: members.length });
      members.push(i);
    }
  }
  // Per later sentence: found through a shared fact, hits of this sentence's probes, hits of its probes.
  const inFact = new Uint8Array(n);
  const ownHits = new Int32Array(n);
  const theirHits = new Int32Array(n);
  const touched = new Int32Array(n);
  const kept = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (allowed[i] === 0) continue;
    let count = 0;
    for (const { members, at } of representing[i] ?? []) {
      for (let x = at + 1; x < members.length; x++) {
        const j = members[x]!;
        if (inFact[j] === 0 && ownHits[j] === 0 && theirHits[j] === 0) touched[count++] = j;
        inFact[j] = 1;
      }
    }
    // Outside a shared fact, a pair must share `minSharedProbes` of the rarer terms of one of its two
    // sentences: each sentence probes all others, since a long sentence's rarest words may be words
    // the other does not use ("Elkhart County" / "Fort Wayne") while the shorter one's are shared.
    // The earlier sentence of each pair gathers it, from its own probes and from the later one's.
    for (let p = 0; p < probeCount[i]!; p++) {
      const k = probes[i * PROBES + p]!;
      for (let x = postingsAt[k + 1]! - 1; x >= postingsAt[k]!; x--) {
        const j = postings[x]!;
        if (j <= i) break;
        if (inFact[j] === 0 && ownHits[j] === 0 && theirHits[j] === 0) touched[count++] = j;
        ownHits[j]!++;
      }
    }
    if (bothWays) {
      for (let y = termsAt[i]!; y < termsAt[i + 1]!; y++) {
        const k = terms[y]!;
        for (let x = probersAt[k + 1]! - 1; x >= probersAt[k]!; x--) {
          const j = probers[x]!;
          if (j <= i) break;
          if (inFact[j] === 0 && ownHits[j] === 0 && theirHits[j] === 0) touched[count++] = j;
          theirHits[j]!++;
        }
      }
    }
    let keep = 0;
    const source = sourceOf[i]!;
    for (let t = 0; t < count; t++) {
      const j = touched[t]!;
      const found = inFact[j] === 1 || ownHits[j]! >= minSharedProbes || theirHits[j]! >= minSharedProbes;
      inFact[j] = 0;
      ownHits[j] = 0;
      theirHits[j] = 0;
      if (found && sourceOf[j] !== source && allowed[j] === 1) kept[keep++] = j;
    }
    const partners = kept.subarray(0, keep).sort();
    for (let t = 0; t < keep; t++) {
      const j = partners[t]!;
      if (!accept || accept(i, j)) visit(i, j);
    }
  }
}

/** A typed array twice as long, with the same numbers first. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2);
  out.set(a);
  return out;
}

/** Where each of `count` runs of the given lengths starts in one flat list, and (last) the total. */
function offsetsOf(lengths: Int32Array, count: number): Int32Array {
  const out = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) out[k + 1] = out[k]! + lengths[k]!;
  return out;
}
