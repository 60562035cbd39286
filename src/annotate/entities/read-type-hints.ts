import nlp from "compromise";
import type { EntityType } from "../../model/entity.js";

/** Character ranges compromise tagged as a person, place, organisation or first name. */
export interface TypeHints {
  readonly spans: ReadonlyArray<{ start: number; end: number; type: EntityType | "firstName" }>;
}

interface OffsetMatch {
  offset: { start: number; length: number };
}

// compromise's view types differ per plugin; all of them have out("offset").
function collect(view: { out: (how: never) => unknown }, type: EntityType | "firstName") {
  const found = view.out("offset" as never) as OffsetMatch[];
  return found.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, type }));
}

/**
 * Ask compromise which stretches of the text look like people, places and organisations. It is noisy
 * (it reads "Secretary of State Ada Brennan" as place "State Ada" + person "Brennan"), so its answers
 * are only votes; our own rules decide.
 */
export function readTypeHints(text: string): TypeHints {
  const doc = nlp(text);
  return {
    spans: [
      ...collect(doc.people(), "person"),
      ...collect(doc.places(), "place"),
      ...collect(doc.organizations(), "organization"),
      ...collect(doc.match("#FirstName"), "firstName"),
    ],
  };
}

/** Characters of [start, end) that compromise gave to each type. */
export function voteType(hints: TypeHints, start: number, end: number): Map<string, number> {
  const votes = new Map<string, number>();
  for (const h of hints.spans) {
    const overlap = Math.min(end, h.end) - Math.max(start, h.start);
    if (overlap > 0) votes.set(h.type, (votes.get(h.type) ?? 0) + overlap);
  }
  return votes;
}

const pluralCache = new Map<string, boolean>();

/** True when compromise reads the word, lower-cased, as a plural common noun ("officials", "critics"). */
export function isCommonPlural(word: string): boolean {
  const w = word.toLowerCase();
  let hit = pluralCache.get(w);
  if (hit === undefined) {
    const doc = nlp(w);
    hit = doc.has("#Plural") && !doc.has("#ProperNoun");
    if (pluralCache.size < 10000) pluralCache.set(w, hit);
  }
  return hit;
}
