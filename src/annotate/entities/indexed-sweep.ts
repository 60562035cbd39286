/**
 * compromise's match sweep (`methods.one.bulkMatch`, compromise 14, MIT, src/1-one/sweep) with its
 * first two steps indexed. For every sentence compromise walks every key of the match net's hooks
 * (~730 words and tags) asking whether the sentence holds it, gathers every match hooked on a key it
 * holds (~65 a sentence), and then drops those whose needs are not all present (~50 of them); on
 * name windows, a dozen words a sentence, that was a third of the entity stage. Here the sentence's
 * own words and tags are looked up instead, a match is filed under only one of its needs (it is
 * dropped unless all are present), and the matches found are put back in compromise's order (by the
 * first present key, then place in that key's list). So every sentence gets the same matches in the
 * same order as with compromise's own sweep, and the tags come out the same (tested). The last step,
 * running the matches, is compromise's, unchanged.
 */

type Sentence = unknown[];
type Cache = Set<string>;
interface Match {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net {
  hooks: Record<string, Match[]>;
  always: Match[];
}
interface Options {
  matchOne?: boolean;
}
interface OneMethods {
  cacheDoc(document: Sentence[]): Cache[];
  match(document: Sentence[], m: Match): { ptrs: number[][] };
  bulkMatch: (document: Sentence[], net: Net, methods: { one: OneMethods }, opts?: Options) => unknown[];
}

/** A match of the net with the keys whose lists hold it, in key order, and its place in each. */
interface Hooked {
  id: number;
  match: Match;
  keys: readonly string[];
  /** key's place in the hooks * 65,536 + the match's place in that key's list, per key. */
  order: readonly number[];
}

/** The sentences counted before a net's matches are filed under their rarest need. */
const SENTENCES_TO_COUNT = 2000;

interface Index {
  hooked: Hooked[];
  byKey: Map<string, Hooked[]>;
  /** How many swept sentences held each key, until the index is refiled. */
  counts: Map<string, number> | undefined;
  counted: number;
  /** Per match, the sentence it was last found for (so a match is gathered once a sentence). */
  stamp: Int32Array;
  sentence: number;
  /** Two matches of the net share a match string (compromise keeps only the first it meets). */
  sharedStrings: boolean;
}

const INDEX = new WeakMap<Record<string, Match[]>, Index>();

/** The matches of a net with their keys and places, in the order compromise first meets them. */
function listHooked(hooks: Record<string, Match[]>): Hooked[] {
  const byMatch = new Map<Match, Hooked>();
  Object.keys(hooks).forEach((k, ki) => {
    (hooks[k] as Match[]).forEach((m, li) => {
      let h = byMatch.get(m);
      if (!h) {
        h = { id: byMatch.size, match: m, keys: [], order: [] };
        byMatch.set(m, h);
      }
      (h.keys as string[]).push(k);
      (h.order as number[]).push(ki * 65536 + li);
    });
  });
  return [...byMatch.values()];
}

/**
 * File each match under the keys that can bring it in: under one of its needs when it has some (the
 * one fewest sentences held, by `rarity`), else under each of its wants, as compromise files it.
 */
function fileMatches(hooked: readonly Hooked[], rarity: (key: string) => number): Map<string, Hooked[]> {
  const byKey = new Map<string, Hooked[]>();
  for (const h of hooked) {
    const needs = h.keys.filter((k) => h.match.needs.includes(k));
    const under = needs.length > 0 ? [needs.reduce((a, b) => (rarity(b) < rarity(a) ? b : a))] : h.keys;
    for (const k of under) {
      const list = byKey.get(k);
      if (list) list.push(h);
      else byKey.set(k, [h]);
    }
  }
  return byKey;
}

function indexHooks(hooks: Record<string, Match[]>): Index {
  let index = INDEX.get(hooks);
  if (!index) {
    const hooked = listHooked(hooks);
    // Until sentences are counted: a word is rarer than a tag, a tag few matches need rarer than one many need.
    const guess = (k: string) => (k.startsWith("#") ? 1e6 : 0) + (hooks[k]?.length ?? 0);
    const sharedStrings = new Set(hooked.map((h) => h.match.match)).size < hooked.length;
    index = {
      hooked,
      byKey: fileMatches(hooked, guess),
      counts: new Map(),
      counted: 0,
      stamp: new Int32Array(hooked.length).fill(-1),
      sentence: 0,
      sharedStrings,
    };
    INDEX.set(hooks, index);
  }
  return index;
}

/** Count the keys sentences hold; once enough are counted, file each match under its rarest need. */
function countKeys(index: Index, caches: readonly Cache[], hooks: Record<string, Match[]>): void {
  const counts = index.counts;
  if (!counts) return;
  for (const cache of caches) {
    for (const item of cache) if (Object.hasOwn(hooks, item)) counts.set(item, (counts.get(item) ?? 0) + 1);
  }
  index.counted += caches.length;
  if (index.counted < SENTENCES_TO_COUNT) return;
  index.byKey = fileMatches(index.hooked, (k) => (counts.get(k) ?? 0) * 1024 + (hooks[k]?.length ?? 0));
  index.counts = undefined;
}

/** compromise's trimDown for one match: all its needs present, no `ifNo` present, enough wants. */
function passes(m: Match, haves: Cache): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.ifNo?.some((no) => haves.has(no))) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const w of m.wants) if (haves.has(w)) found++;
  return found >= m.minWant;
}

/**
 * compromise's getHooks, then trimDown: the matches hooked on any word or tag of each sentence, in the
 * order compromise lists them, once per match string; then those that pass `passes`. When no two
 * matches of the net share a match string (compromise's own nets), each match found is tested before
 * it is placed, so only the few kept are sorted.
 */
function findCandidates(caches: readonly Cache[], hooks: Record<string, Match[]>): Match[][] {
  const index = indexHooks(hooks);
  countKeys(index, caches, hooks);
  if (index.sentence > 2 ** 30) {
    index.stamp.fill(-1);
    index.sentence = 0;
  }
  const { byKey, stamp, sharedStrings } = index;
  return caches.map((haves) => {
    const sentence = ++index.sentence;
    const found: Hooked[] = [];
    const orderOf: number[] = [];
    for (const item of haves) {
      const list = byKey.get(item);
      if (!list) continue;
      for (const h of list) {
        if (stamp[h.id] === sentence) continue;
        stamp[h.id] = sentence;
        if (!sharedStrings && !passes(h.match, haves)) continue;
        let j = 0;
        while (!haves.has(h.keys[j] as string)) j++;
        orderOf[h.id] = h.order[j] as number;
        found.push(h);
      }
    }
    found.sort((a, b) => (orderOf[a.id] as number) - (orderOf[b.id] as number));
    if (!sharedStrings) return found.map((h) => h.match);
    // compromise drops a repeated match string before testing, so the first in order decides.
    const strings = new Set<string>();
    const out: Match[] = [];
    for (const { match: m } of found) {
      if (strings.has(m.match)) continue;
      strings.add(m.match);
      if (passes(m, haves)) out.push(m);
    }
    return out;
  });
}

/** compromise's runMatch: run each sentence's candidates, one result per match found. */
function runMatch(maybe: Match[][], document: Sentence[], methods: { one: OneMethods }, opts: Options): unknown[] {
  const results: Array<Match & { pointer: number[] }> = [];
  for (let n = 0; n < maybe.length; n++) {
    for (const m of maybe[n] as Match[]) {
      const res = methods.one.match([document[n] as Sentence], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) todo.unTag = m.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}

function bulkMatch(document: Sentence[], net: Net, methods: { one: OneMethods }, opts: Options = {}): unknown[] {
  const caches = methods.one.cacheDoc(document);
  let maybe = findCandidates(caches, net.hooks);
  if (net.always.length > 0) maybe = maybe.map((list) => list.concat(net.always));
  maybe = maybe.map((list, i) => list.filter((m) => (document[i] as Sentence).length >= m.minWords));
  return runMatch(maybe, document, methods, opts);
}

/**
 * Replace the sweep of a compromise instance (its `world()`) with the indexed one.
 * @example installIndexedSweep(nlp.world())
 */
export function installIndexedSweep(world: { methods: { one: Partial<OneMethods> } }): void {
  world.methods.one.bulkMatch = bulkMatch;
}
