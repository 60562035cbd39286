/**
 * compromise's match sweep (`methods.one.bulkMatch`, compromise 14, MIT, src/1-one/sweep) with its
 * first step indexed. For every sentence, compromise walks every key of the match net's hooks
 * (~1,500 words and tags) and asks whether the sentence holds it; a name window is a sentence of a
 * dozen words, so that walk was ~30% of the entity stage. Here the sentence's own words and tags are
 * looked up in the hooks instead, and the hits are put back in the hooks' key order, so every
 * sentence gets the same candidate matches, in the same order, as compromise's own sweep: the tags
 * come out the same. The other steps are compromise's, unchanged.
 */

type Term = unknown;
type Sentence = Term[];
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
interface OneMethods {
  cacheDoc(document: Sentence[]): Cache[];
  match(document: Sentence[], m: Match): { ptrs: number[][] };
  bulkMatch: (document: Sentence[], net: Net, methods: { one: OneMethods }, opts?: { matchOne?: boolean }) => unknown[];
}

/** Each hooks object's keys with their place in compromise's key order (built once per net). */
const KEY_ORDER = new WeakMap<Record<string, Match[]>, Map<string, number>>();

function keyOrder(hooks: Record<string, Match[]>): Map<string, number> {
  let order = KEY_ORDER.get(hooks);
  if (!order) {
    order = new Map(Object.keys(hooks).map((k, i) => [k, i]));
    KEY_ORDER.set(hooks, order);
  }
  return order;
}

/** compromise's getHooks: the matches hooked on any word or tag of each sentence, in key order, once each. */
function getHooks(caches: readonly Cache[], hooks: Record<string, Match[]>): Match[][] {
  const order = keyOrder(hooks);
  const keys = Object.keys(hooks);
  return caches.map((cache) => {
    const hits: number[] = [];
    for (const item of cache) {
      const at = order.get(item);
      if (at !== undefined) hits.push(at);
    }
    hits.sort((a, b) => a - b);
    const seen = new Set<string>();
    const maybe: Match[] = [];
    for (const at of hits) {
      for (const m of hooks[keys[at] as string] as Match[]) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        maybe.push(m);
      }
    }
    return maybe;
  });
}

/** compromise's trimDown: keep matches whose needs are all present, no `ifNo` present, and enough wants. */
function trimDown(maybe: Match[][], caches: readonly Cache[]): Match[][] {
  return maybe.map((list, n) => {
    const haves = caches[n] as Cache;
    return list.filter((m) => {
      if (!m.needs.every((need) => haves.has(need))) return false;
      if (m.ifNo?.some((no) => haves.has(no))) return false;
      if (m.wants.length === 0) return true;
      return m.wants.filter((w) => haves.has(w)).length >= m.minWant;
    });
  });
}

/** compromise's runMatch: run each sentence's candidates, one result per match found. */
function runMatch(maybe: Match[][], document: Sentence[], methods: { one: OneMethods }, opts: { matchOne?: boolean }): unknown[] {
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

function bulkMatch(document: Sentence[], net: Net, methods: { one: OneMethods }, opts: { matchOne?: boolean } = {}): unknown[] {
  const caches = methods.one.cacheDoc(document);
  let maybe = trimDown(getHooks(caches, net.hooks), caches);
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
