import type { Doc } from "../model/doc.js";
import type { Entity } from "../model/entity.js";
import type { Quote, QuoteMention } from "../model/quote.js";
import { diffWords, quoteWords } from "./quotes/diff-words.js";
import { makeSpeakerLinker } from "./quotes/link-speaker.js";

interface Item {
  source: string;
  q: QuoteMention;
  words: Set<string>;
  entity: Entity | undefined;
}

/** Function words, which any two quotes share ("get a little heat" is not "get involved a little bit"). */
const FUNCTION_WORDS = new Set(
  "a an the and or but if of to in on at for with by from as is are was were be been being it its this that these those so".split(" "),
);

/** The words a statement is compared by: its words without function words (all of them when that leaves none). */
function contentWords(text: string): Set<string> {
  const all = quoteWords(text);
  const content = all.filter((w) => !FUNCTION_WORDS.has(w));
  return new Set(content.length > 0 ? content : all);
}


/**
 * Same speaker entity, or not two different known ones: a speaker left unknown or only described
 * ("a senior official") in one outlet may be the one another outlet names.
 */
function speakersAgree(a: Item, b: Item): boolean {
  if (a.entity && b.entity) return a.entity.id === b.entity.id;
  return true;
}

/**
 * Two quotes state the same thing: 60% of the shorter one's words, and at least three, are in the
 * other; quotes of one or two words only when they have the same words ("agreement" is not the
 * statement it was lifted from). Told by the sizes of their word sets and the words they share.
 */
function sameStatement(sizeA: number, sizeB: number, shared: number): boolean {
  const small = Math.min(sizeA, sizeB);
  // Share of the shorter quote's words found in the other.
  const o = shared / Math.max(1, small);
  return small >= 3 ? o >= 0.6 && o * small >= 3 : sizeA === sizeB && o === 1 && small > 0;
}

function toQuote(items: readonly Item[], index: number): Quote {
  // The reference wording: the longest; its speaker is the first known one.
  const ref = [...items].sort((a, b) => b.words.size - a.words.size)[0] as Item;
  const named = items.find((i) => i.entity) ?? items.find((i) => i.q.speaker !== null);
  const speaker = named ? { entity: named.entity?.id ?? null, name: named.entity?.name ?? (named.q.speaker as string) } : null;
  const differences = items
    .filter((i) => i !== ref)
    .map((i) => ({ source: i.source, ...diffWords(ref.q.text, i.q.text) }))
    .filter((d) => d.removed.length > 0 || d.added.length > 0);
  return {
    id: `q${index + 1}`,
    speaker,
    text: ref.q.text,
    sources: [...new Set(items.map((i) => i.source))],
    variants: items.map((i) => ({ source: i.source, text: i.q.text, evidence: { source: i.source, start: i.q.start, end: i.q.end } })),
    differences,
    differs: differences.length > 0,
  };
}

/**
 * Group quotes of the same statement across outlets, with each outlet's wording: quotes whose words
 * overlap (half of the shorter one) and whose speakers are the same entity (or one is unknown) form one
 * group; `differs` is set when wordings differ beyond punctuation and case, with the word-level
 * differences against the longest wording.
 * @example groupQuotes(docs, resolveEntities(docs)).filter((q) => q.differs)
 */
export function groupQuotes(docs: readonly Doc[], entities: readonly Entity[]): Quote[] {
  const link = makeSpeakerLinker(entities);
  const items: Item[] = docs.flatMap((d) =>
    d.quotes.map((q) => ({ source: d.article.id, q, words: contentWords(q.text), entity: link(d.article.id, q) })),
  );
  // Greedy, longest quotes first: each quote joins the first group whose longest wording it matches.
  // (A union of all matching pairs would chain fragments of different statements into one.)
  // Candidate groups come from an index of the reference wordings' words, and each group keeps the
  // speaker entities it holds, so a big story is not square in its quotes.
  const groups: Array<{ items: Item[]; speakers: Set<string> }> = [];
  const byWord = new Map<string, number[]>();
  const order = [...items].sort((a, b) => b.words.size - a.words.size);
  // Words each group's reference wording shares with the quote at hand, counted through the index
  // (it holds each reference word once per group), for the groups that share any.
  const shared = new Int32Array(items.length);
  const touched: number[] = [];
  for (const it of order) {
    for (const w of it.words) {
      for (const g of byWord.get(w) ?? []) {
        if (shared[g] === 0) touched.push(g);
        shared[g] = (shared[g] as number) + 1;
      }
    }
    // The first matching group by index.
    let homeIndex = -1;
    for (const index of touched) {
      if (homeIndex >= 0 && index > homeIndex) continue;
      const g = groups[index] as { items: Item[]; speakers: Set<string> };
      const ref = g.items[0] as Item;
      if (!sameStatement(ref.words.size, it.words.size, shared[index] as number)) continue;
      if (!it.entity || [...g.speakers].every((id) => id === it.entity?.id)) homeIndex = index;
    }
    for (const g of touched) shared[g] = 0;
    touched.length = 0;
    const home = groups[homeIndex];
    if (home) {
      home.items.push(it);
      if (it.entity) home.speakers.add(it.entity.id);
    } else {
      groups.push({ items: [it], speakers: new Set(it.entity ? [it.entity.id] : []) });
      for (const w of it.words) {
        if (!byWord.has(w)) byWord.set(w, []);
        byWord.get(w)?.push(groups.length - 1);
      }
    }
  }
  const lists = groups.map((g) => g.items);
  for (const g of lists) g.sort((a, b) => a.source.localeCompare(b.source) || a.q.start - b.q.start);
  // Most sources first (a stable sort: ties keep their order); each group's count worked out once.
  const sourceCount = new Map(lists.map((g) => [g, new Set(g.map((i) => i.source)).size]));
  return lists
    .sort((a, b) => (sourceCount.get(b) ?? 0) - (sourceCount.get(a) ?? 0))
    .map((g, i) => toQuote(g, i));
}
