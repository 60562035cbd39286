/**
 * compromise's match sweep (`methods.one.bulkMatch`, compromise 14, MIT, src/1-one/sweep) with its
 * first two steps indexed. For every sentence compromise walks every key of the match net's hooks
 * (~730 words and tags) asking whether the sentence holds it, gathers every match hooked on a key it
 * holds (~65 a sentence), and then drops those whose needs are not all present (~50 of them); on
 * name windows, a dozen words a sentence, that was a third of the entity stage. Here the sentence's
 * own words and tags are looked up instead, a match is filed under only one of its needs (it is
 * dropped unless all are present), and the matches found are put back in compromise's order (by the
 * first present key, then place in that key's list). So every sentence gets the same matches in the
 * same order as with compromise's own sweep, and the tags come out the same (tested). Every word and
 * tag of the net has a number, and a sentence's keys are marked in an array instead of gathered into
 * a set of strings (compromise's cacheDoc, with a "#Tag" string built per tag of every term), so a
 * match's needs are array reads: the first two steps ~0.9 -> ~0.35 s CPU on every name window of the
 * 2,000 bench articles. The last step, running the matches, is compromise's, unchanged.
 */

/** The fields of a compromise term that its sentence cache reads. */
interface Term {
  normal: string;
  switch?: string;
  implicit?: string;
  machine?: string | null;
  root?: string;
  alias?: string[];
  tags: ReadonlySet<string>;
}
type Sentence = Term[];
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
  /** Per key number, the matches filed under that key. */
  lists: Array<Hooked[] | undefined>;
  /** How many swept sentences held each hook key (by number), until the index is refiled. */
  counts: Int32Array | undefined;
  counted: number;
  /** Per match, the sentence it was last found for (so a match is gathered once a sentence). */
  stamp: Int32Array;
  sentence: number;
  /** Two matches of the net share a match string (compromise keeps only the first it meets). */
  sharedStrings: boolean;
  /** A number for every word and tag ("#Noun") of the net: its hook keys first, then what its matches need, want or must not meet. */
  ids: Map<string, number>;
  /** The numbers of the tags, by tag name ("Noun"), so a term's tags are looked up without building "#Noun". */
  tagIds: Map<string, number>;
  hooks: Record<string, Match[]>;
  /** Per match (by id), its needs, wants, ifNo and keys as those numbers. */
  tests: MatchTest[];
  /** Per key number, whether the sentence being swept holds it. */
  holds: Uint8Array;
}

/** compromise's trimDown inputs of one match, as key numbers. */
interface MatchTest {
  needs: Int32Array;
  ifNo: Int32Array;
  wants: Int32Array;
  minWant: number;
  keys: Int32Array;
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
function fileMatches(hooked: readonly Hooked[], ids: ReadonlyMap<string, number>, rarity: (key: string) => number): Array<Hooked[] | undefined> {
  const lists: Array<Hooked[] | undefined> = new Array(ids.size).fill(undefined);
  for (const h of hooked) {
    const needs = h.keys.filter((k) => h.match.needs.includes(k));
    const under = needs.length > 0 ? [needs.reduce((a, b) => (rarity(b) < rarity(a) ? b : a))] : h.keys;
    for (const k of under) {
      const id = ids.get(k) as number;
      const list = lists[id];
      if (list) list.push(h);
      else lists[id] = [h];
    }
  }
  return lists;
}

function indexHooks(hooks: Record<string, Match[]>): Index {
  let index = INDEX.get(hooks);
  if (!index) {
    const hooked = listHooked(hooks);
    // Until sentences are counted: a word is rarer than a tag, a tag few matches need rarer than one many need.
    const guess = (k: string) => (k.startsWith("#") ? 1e6 : 0) + (hooks[k]?.length ?? 0);
    const sharedStrings = new Set(hooked.map((h) => h.match.match)).size < hooked.length;
    const ids = new Map<string, number>();
    const idOf = (k: string) => {
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        ids.set(k, id);
      }
      return id;
    };
    const hookKeys = Object.keys(hooks);
    for (const k of hookKeys) idOf(k);
    const tests = hooked.map((h) => ({
      needs: Int32Array.from(h.match.needs, idOf),
      ifNo: Int32Array.from(h.match.ifNo ?? [], idOf),
      wants: Int32Array.from(h.match.wants, idOf),
      minWant: h.match.minWant,
      keys: Int32Array.from(h.keys, idOf),
    }));
    const tagIds = new Map<string, number>();
    for (const [k, id] of ids) if (k.startsWith("#")) tagIds.set(k.slice(1), id);
    index = {
      hooked,
      lists: fileMatches(hooked, ids, guess),
      counts: new Int32Array(hookKeys.length),
      counted: 0,
      stamp: new Int32Array(hooked.length).fill(-1),
      sentence: 0,
      sharedStrings,
      ids,
      tagIds,
      hooks,
      tests,
      holds: new Uint8Array(ids.size),
    };
    INDEX.set(hooks, index);
  }
  return index;
}

/** Count the hook keys a sentence holds; once enough sentences are counted, file each match under its rarest need. */
function countKeys(index: Index, held: readonly number[]): void {
  const counts = index.counts;
  if (!counts) return;
  for (const id of held) if (id < counts.length) counts[id] = (counts[id] as number) + 1;
  if (++index.counted < SENTENCES_TO_COUNT) return;
  const { ids, hooks } = index;
  index.lists = fileMatches(index.hooked, ids, (k) => (counts[ids.get(k) as number] ?? 0) * 1024 + (hooks[k]?.length ?? 0));
  index.counts = undefined;
}

/**
 * The numbers of the words and tags a sentence holds, marked in `holds` and listed in `held`: what
 * compromise's cacheDoc puts in a sentence's cache (each term's normal form, "%switch%", implicit,
 * machine and root forms, aliases, and "#Tag" per tag), kept to the keys of the net.
 */
function holdKeys(terms: Sentence, index: Index, held: number[]): void {
  const { ids, tagIds, holds } = index;
  const hold = (id: number | undefined) => {
    if (id !== undefined && holds[id] === 0) {
      holds[id] = 1;
      held.push(id);
    }
  };
  for (const term of terms) {
    if (term.normal !== "") hold(ids.get(term.normal));
    if (term.switch) hold(ids.get(`%${term.switch}%`));
    if (term.implicit) hold(ids.get(term.implicit));
    if (term.machine) hold(ids.get(term.machine));
    if (term.root) hold(ids.get(term.root));
    if (term.alias) for (const a of term.alias) hold(ids.get(a));
    for (const tag of term.tags) hold(tagIds.get(tag));
  }
}

/** compromise's trimDown for one match: all its needs held, no `ifNo` held, enough wants held. */
function passes(t: MatchTest, holds: Uint8Array): boolean {
  for (let i = 0; i < t.needs.length; i++) if (holds[t.needs[i] as number] === 0) return false;
  for (let i = 0; i < t.ifNo.length; i++) if (holds[t.ifNo[i] as number] === 1) return false;
  if (t.wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < t.wants.length; i++) found += holds[t.wants[i] as number] as number;
  return found >= t.minWant;
}

/**
 * compromise's getHooks, then trimDown: the matches hooked on any word or tag of each sentence, in the
 * order compromise lists them, once per match string; then those that pass `passes`. When no two
 * matches of the net share a match string (compromise's own nets), each match found is tested before
 * it is placed, so only the few kept are sorted.
 */
function findCandidates(document: readonly Sentence[], hooks: Record<string, Match[]>): Match[][] {
  const index = indexHooks(hooks);
  if (index.sentence > 2 ** 30) {
    index.stamp.fill(-1);
    index.sentence = 0;
  }
  const { stamp, sharedStrings, tests, holds } = index;
  const held: number[] = [];
  return document.map((terms) => {
    const sentence = ++index.sentence;
    held.length = 0;
    holdKeys(terms, index, held);
    countKeys(index, held);
    const lists = index.lists;
    const found: Hooked[] = [];
    const orderOf: number[] = [];
    for (const id of held) {
      const list = lists[id];
      if (!list) continue;
      for (const h of list) {
        if (stamp[h.id] === sentence) continue;
        stamp[h.id] = sentence;
        const t = tests[h.id] as MatchTest;
        if (!sharedStrings && !passes(t, holds)) continue;
        let j = 0;
        while (holds[t.keys[j] as number] === 0) j++;
        orderOf[h.id] = h.order[j] as number;
        found.push(h);
      }
    }
    found.sort((a, b) => (orderOf[a.id] as number) - (orderOf[b.id] as number));
    let out: Match[];
    if (!sharedStrings) out = found.map((h) => h.match);
    else {
      // compromise drops a repeated match string before testing, so the first in order decides.
      const strings = new Set<string>();
      out = [];
      for (const h of found) {
        if (strings.has(h.match.match)) continue;
        strings.add(h.match.match);
        if (passes(tests[h.id] as MatchTest, holds)) out.push(h.match);
      }
    }
    for (const id of held) holds[id] = 0;
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
  let maybe = findCandidates(document, net.hooks);
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
