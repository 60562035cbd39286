import type { Doc } from "../model/doc.js";
import type { Entity } from "../model/entity.js";
import type { Quote, QuoteMention } from "../model/quote.js";
import { diffWords, quoteWords } from "./quotes/diff-words.js";
import { linkSpeaker } from "./quotes/link-speaker.js";

interface Item {
  source: string;
  q: QuoteMention;
  words: Set<string>;
  entity: Entity | undefined;
}

/** Share of the shorter quote's words found in the other. */
function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/**
 * Same speaker entity, or not two different known ones: a speaker left unknown or only described
 * ("a senior official") in one outlet may be the one another outlet names.
 */
function speakersAgree(a: Item, b: Item): boolean {
  if (a.entity && b.entity) return a.entity.id === b.entity.id;
  return true;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i] as number] as number;
    i = parent[i] as number;
  }
  return i;
}

/** Two quotes state the same thing: half the shorter one's words (at least 3, or all of a short one) are in the other. */
function sameStatement(a: Item, b: Item): boolean {
  const small = Math.min(a.words.size, b.words.size);
  const o = overlap(a.words, b.words);
  return small >= 3 ? o >= 0.5 && o * small >= 3 : o === 1 && small > 0;
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
  const items: Item[] = docs.flatMap((d) =>
    d.quotes.map((q) => ({ source: d.article.id, q, words: new Set(quoteWords(q.text)), entity: linkSpeaker(d.article.id, q, entities) })),
  );
  const parent = items.map((_, i) => i);
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as Item;
      const b = items[j] as Item;
      if (a.source === b.source && a.q.start === b.q.start) continue;
      if (sameStatement(a, b) && speakersAgree(a, b)) {
        const ra = find(parent, i);
        const rb = find(parent, j);
        if (ra !== rb) parent[rb] = ra;
      }
    }
  }
  const groups = new Map<number, Item[]>();
  items.forEach((it, i) => {
    const r = find(parent, i);
    groups.set(r, [...(groups.get(r) ?? []), it]);
  });
  return [...groups.values()]
    .sort((a, b) => new Set(b.map((i) => i.source)).size - new Set(a.map((i) => i.source)).size)
    .map((g, i) => toQuote(g, i));
}
