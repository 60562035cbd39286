import type { EntityType } from "../../model/entity.js";
import { EVENT_WORDS, ORG_WORDS, PLACE_WORDS } from "./org-words.js";
import { isNationalityWord } from "./titles.js";

/** What we know about a name when typing it. */
export interface NameFacts {
  words: readonly string[];
  hasTitle: boolean;
  honorific: boolean;
  /** The lexicon's votes (lexicon-votes.ts), in characters per type (read lazily: a getter may compute them). */
  votes: ReadonlyMap<string, number>;
  /** A reporting verb follows the name ("Brennan said"). */
  speaks: boolean;
  /** A place preposition comes right before the name ("in", "at", "near", "from"). */
  afterPlacePreposition: boolean;
  /** The name opens its sentence and reads as a plural common noun there ("Officials said", "Critics say"). */
  initialCommonNoun: boolean;
}

/** Place words that make a place wherever they stand ("Joint Base Tern", "Ellis County Airport"); "New", "North" only lead. */
const PLACE_HEADS = new Set([...PLACE_WORDS].filter((w) => !["new", "north", "south", "east", "west", "saint", "st.", "port", "fort", "cape", "mount", "mt.", "state", "capital"].includes(w)));

const ACRONYM = /^(?:\p{Lu}{2,6}|\p{Lu}(?:\.\p{Lu})+\.?)$/u;

/**
 * The type of a name, or undefined when there is too little to go on (a lone capitalised word that
 * no rule nor the lexicon recognises is dropped rather than guessed).
 */
export function classifyName(f: NameFacts): EntityType | undefined {
  const lower = f.words.map((w) => w.toLowerCase());
  if (f.hasTitle || f.honorific) return "person";
  if (lower.length > 1 && EVENT_WORDS.has(lower[lower.length - 1] ?? "")) return undefined;
  let votes: ReadonlyMap<string, number> | undefined;
  const vote = (k: string) => {
    votes ??= f.votes;
    return votes.get(k) ?? 0;
  };
  if (lower.some((w) => ORG_WORDS.has(w))) return vote("person") > 0 && lower.length <= 2 && vote("organization") === 0 ? "person" : "organization";
  const lastWord = lower[lower.length - 1] ?? "";
  if (PLACE_WORDS.has(lastWord) || PLACE_WORDS.has(lower[0] ?? "") || lower.some((w) => PLACE_HEADS.has(w))) return "place";
  if (f.words.length === 1 && ACRONYM.test(f.words[0] ?? "")) return vote("place") > 0 ? "place" : "organization";
  const best = ["person", "place", "organization"].sort((a, b) => vote(b) - vote(a))[0] as EntityType;
  if (vote(best) > 0) return best;
  if (f.words.length === 1 && ACRONYM.test(f.words[0] ?? "")) return "organization";
  if (f.words.length === 1 && isNationalityWord(f.words[0] ?? "")) return undefined;
  if (vote("firstName") > 0 && f.words.length >= 2) return "person";
  // "Officials said": a plural common noun that opens a sentence is not a name ("Chaffetz said" is).
  if (f.initialCommonNoun && f.words.length === 1) return undefined;
  if (f.speaks) return "person";
  if (f.afterPlacePreposition && vote("firstName") === 0) return "place";
  if (f.words.length >= 2 && f.words.length <= 3) return "person";
  return undefined;
}
