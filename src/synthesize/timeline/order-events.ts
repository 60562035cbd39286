import type { Fact } from "../../model/fact.js";
import type { Sentence } from "../../model/sentence.js";
import type { Token } from "../../model/token.js";
import { type EventTime, PRECISION_RANK } from "./event-time.js";

/** A sentence that carries a time, before merging. */
export interface TimedSentence {
  readonly doc: number;
  readonly sentence: Sentence;
  readonly time: EventTime;
  /** The sentence's tokens: their lemmas tell which events it names. */
  readonly tokens: readonly Token[];
  readonly fact: Fact | undefined;
}

/** One event: the sentences (across sources) that report it and the time it is given. */
export interface EventGroup {
  readonly members: TimedSentence[];
  readonly time: EventTime;
  readonly key: number;
}

/** Half a day either side of the anchor: "before the summit" sorts just ahead of the summit's day. */
const BESIDE = 0.25;

/**
 * The day of each event a relative time names ("before the summit" -> the summit): the most reported
 * date of the dated sentences naming it, by votes, a day-precise mention outweighing "the talks in
 * March 2022". All anchors are counted in one pass over the sentences, and only when there is one.
 */
function anchorDays(timed: readonly TimedSentence[]): Map<string, number> {
  const out = new Map<string, number>();
  const anchors = new Set<string>();
  for (const t of timed) if (t.time.relative) anchors.add(t.time.relative.anchor);
  if (anchors.size === 0) return out;
  /** anchor -> day -> votes. */
  const votes = new Map<string, Map<number, number>>();
  const named = new Set<string>();
  for (const t of timed) {
    if (Number.isNaN(t.time.key) || t.time.relative) continue;
    named.clear();
    for (const token of t.tokens) {
      const lemma = token.lemma.toLowerCase();
      if (!anchors.has(lemma) || named.has(lemma)) continue;
      named.add(lemma);
      let days = votes.get(lemma);
      if (!days) votes.set(lemma, (days = new Map()));
      const day = Math.floor(t.time.key);
      days.set(day, (days.get(day) ?? 0) + PRECISION_RANK[t.time.precision] ** 2);
    }
  }
  for (const anchor of anchors) {
    let best = Number.NaN;
    let most = 0;
    for (const [day, n] of votes.get(anchor) ?? []) if (n > most || (n === most && day < best)) [best, most] = [day, n];
    out.set(anchor, Number.isNaN(best) ? best : best + 0.5);
  }
  return out;
}

/** The time a group is given: the most precise, then the one most members agree on. */
function chooseTime(members: readonly TimedSentence[]): EventTime {
  // How many members give each ISO time, counted once (a fact a thousand sources date was a square).
  const agreeing = new Map<string, number>();
  for (const m of members) if (m.time.iso) agreeing.set(m.time.iso, (agreeing.get(m.time.iso) ?? 0) + 1);
  const score = (t: EventTime) => PRECISION_RANK[t.precision] * 100 + (t.iso ? (agreeing.get(t.iso) ?? 0) : 0);
  return members.map((m) => m.time).reduce((a, b) => (score(b) > score(a) ? b : a));
}

/**
 * Merge sentences of the same fact, give each event a sort key (its date; an anchor's date for
 * "before/after X"; otherwise its neighbours' in its own article), and sort. Ties keep the order in
 * which the sources tell them.
 */
export function orderEvents(timed: readonly TimedSentence[]): EventGroup[] {
  const anchorKeys = anchorDays(timed);
  const keyed = timed.map((t) => {
    if (!t.time.relative) return { t, key: t.time.key };
    const k = anchorKeys.get(t.time.relative.anchor) ?? Number.NaN;
    return { t, key: Number.isNaN(k) ? k : k + (t.time.relative.direction === "before" ? -BESIDE : BESIDE) };
  });
  // Undated: borrow the key of the nearest dated sentence before it in the same article (just after
  // it), else the nearest after it (just before it).
  // The dated sentences of each article, in order, gathered once.
  const datedOf = new Map<number, typeof keyed>();
  for (const y of keyed) {
    if (Number.isNaN(y.key)) continue;
    let list = datedOf.get(y.t.doc);
    if (!list) datedOf.set(y.t.doc, (list = []));
    list.push(y);
  }
  const filled = keyed.map((x, i) => {
    if (!Number.isNaN(x.key)) return x;
    const same = datedOf.get(x.t.doc) ?? [];
    const before = same.filter((y) => y.t.sentence.index < x.t.sentence.index).at(-1);
    if (before) return { ...x, key: before.key + 0.001 * (i + 1) / timed.length };
    const after = same.find((y) => y.t.sentence.index > x.t.sentence.index);
    if (after) return { ...x, key: after.key - 0.001 * (timed.length - i) / timed.length };
    return x;
  });
  const groups = new Map<string, { members: TimedSentence[]; keys: number[] }>();
  filled.forEach((x, i) => {
    const id = x.t.fact ? `f:${x.t.fact.id}` : `s:${i}`;
    const g = groups.get(id) ?? { members: [], keys: [] };
    g.members.push(x.t);
    g.keys.push(x.key);
    groups.set(id, g);
  });
  const out: Array<EventGroup & { order: number }> = [];
  let order = 0;
  for (const g of groups.values()) {
    const time = chooseTime(g.members);
    const chosen = g.members.findIndex((m) => m.time === time);
    const key = g.keys[chosen] ?? Number.NaN;
    out.push({ members: g.members, time, key, order: order++ });
  }
  // Events nothing dates go last, in the order the sources tell them.
  return out.sort((a, b) => {
    const ka = Number.isNaN(a.key) ? Number.POSITIVE_INFINITY : a.key;
    const kb = Number.isNaN(b.key) ? Number.POSITIVE_INFINITY : b.key;
    return ka - kb || a.order - b.order;
  });
}
