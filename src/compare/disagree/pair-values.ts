import { EVENT_GROUPS } from "../../annotate/values/event-nouns.js";
import { dimensionOf } from "../../annotate/values/value-draft.js";
import type { Doc } from "../../model/doc.js";
import type { Fact } from "../../model/fact.js";
import type { LocatedValue } from "./located-value.js";
import { sentenceTerms, termOverlap } from "./sentence-terms.js";

/** Two sentences of different sources "say the same thing" at this term overlap (or in one aligned fact). */
const MATCH_JACCARD = 0.3;
const MATCH_SHARED = 3;

/** Kinds worth comparing across sources (ordinals and bare "two leaders" counts are too loose). */
const COMPARED = new Set(["number", "count", "duration", "distance", "money", "percent", "fraction", "date"]);

const key = (source: string, sentence: number) => `${source}#${sentence}`;

/** Every value of every doc with its source and sentence index. */
export function locateValues(docs: readonly Doc[]): LocatedValue[] {
  const out: LocatedValue[] = [];
  for (const doc of docs) {
    for (const value of doc.values) {
      if (!COMPARED.has(value.kind)) continue;
      const s = doc.sentences.find((x) => x.start === value.sentenceStart);
      if (s) out.push({ source: doc.article.id, sentence: s.index, value });
    }
  }
  return out;
}

/** Sentence pairs that report the same fact: in one aligned Fact, or with enough shared content words. */
function alignedSentences(docs: readonly Doc[], facts: readonly Fact[]): (a: LocatedValue, b: LocatedValue) => boolean {
  const factsOf = new Map<string, Set<string>>();
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  for (const fact of facts) {
    for (const c of fact.evidence) {
      const doc = byId.get(c.source);
      if (!doc) continue;
      for (const s of doc.sentences) {
        if (s.start < c.end && c.start < s.end) {
          const k = key(c.source, s.index);
          if (!factsOf.has(k)) factsOf.set(k, new Set());
          factsOf.get(k)!.add(fact.id);
        }
      }
    }
  }
  const terms = new Map(docs.map((d) => [d.article.id, sentenceTerms(d)]));
  return (a, b) => {
    const fa = factsOf.get(key(a.source, a.sentence));
    const fb = factsOf.get(key(b.source, b.sentence));
    if (fa && fb && [...fa].some((f) => fb.has(f))) return true;
    const ta = terms.get(a.source)?.get(a.sentence);
    const tb = terms.get(b.source)?.get(b.sentence);
    if (!ta || !tb) return false;
    const { jaccard, shared } = termOverlap(ta, tb);
    return jaccard >= MATCH_JACCARD && shared >= MATCH_SHARED;
  };
}

const slotKey = (v: LocatedValue) => (v.value.slot ? `${v.value.slot.subject}|${v.value.slot.predicate}` : undefined);

/**
 * A slot strong enough to compare without aligned sentences: the length of a named event
 * ("the talks lasted about two and a half hours" / "their three-hour meeting").
 */
function isStrongSlot(v: LocatedValue): boolean {
  const s = v.value.slot;
  return v.value.kind === "duration" && s !== undefined && Object.hasOwn(EVENT_GROUPS, s.subject);
}

/**
 * Slots that may be the same thing told in other words: each subject is unknown or appears in the
 * other sentence ("Smith's team won three games" / "three games went to Smith's team"). The lengths
 * of "the three-year war" and "the three-hour meeting" are not.
 */
function compatibleSlots(a: LocatedValue, b: LocatedValue, terms: Map<string, Map<number, Set<string>>>): boolean {
  const covers = (x: LocatedValue, y: LocatedValue) => {
    const subject = x.value.slot?.subject ?? "";
    if (!subject) return true;
    const words = terms.get(y.source)?.get(y.sentence) ?? new Set<string>();
    if (subject === y.value.slot?.subject) return true;
    const group = EVENT_GROUPS[subject];
    const head = subject.toLowerCase().split(" ").at(-1) ?? "";
    return words.has(head) || (group !== undefined && group.some((w) => words.has(w)));
  };
  return covers(a, b) && covers(b, a);
}

/**
 * Pairs of values from different sources that measure the same thing: same dimension and either
 * (a) in sentences that report the same fact, with the same slot or as the only value of that
 * dimension in both sentences, or (b) the same strong slot (an event's length).
 */
export function pairValues(docs: readonly Doc[], facts: readonly Fact[]): Array<[LocatedValue, LocatedValue]> {
  const values = locateValues(docs);
  const aligned = alignedSentences(docs, facts);
  const terms = new Map(docs.map((d) => [d.article.id, sentenceTerms(d)]));
  const perSentenceDim = new Map<string, number>();
  for (const v of values) {
    const k = `${key(v.source, v.sentence)}|${dimensionOf(v.value)}`;
    perSentenceDim.set(k, (perSentenceDim.get(k) ?? 0) + 1);
  }
  const lone = (v: LocatedValue) => perSentenceDim.get(`${key(v.source, v.sentence)}|${dimensionOf(v.value)}`) === 1;
  const pairs: Array<[LocatedValue, LocatedValue]> = [];
  for (let i = 0; i < values.length; i++) {
    const a = values[i]!;
    for (let j = i + 1; j < values.length; j++) {
      const b = values[j]!;
      if (a.source === b.source || dimensionOf(a.value) !== dimensionOf(b.value)) continue;
      const sameSlot = slotKey(a) !== undefined && slotKey(a) === slotKey(b);
      if (sameSlot && isStrongSlot(a)) {
        pairs.push([a, b]);
        continue;
      }
      if ((sameSlot || (lone(a) && lone(b) && compatibleSlots(a, b, terms))) && aligned(a, b)) pairs.push([a, b]);
    }
  }
  return pairs;
}
