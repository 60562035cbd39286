import nlp from "compromise/two";
import type { TypeHints } from "./type-hints.js";

/**
 * Votes on names read from compromise's lexicon and word lists, without running its tagger: which
 * words of a name run are first names, surnames, places and organisations, and the few rules of
 * compromise's that type a whole run from one of its words ("Ada Brennan": a first name before a
 * capitalised word is a person; "Acme Widget Corp": capitalised words before an organisation word are
 * an organisation; "Lake Tern": before a place word, a place). Tagging each run's words in context
 * cost ~80% of the entity stage; these look-ups cost a few percent of that.
 */

interface Model {
  one: { lexicon: Record<string, string | string[]> };
  two: { switches: Record<string, string>; orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

const model = (nlp as unknown as { world(): { model: Model } }).world().model;
const LEXICON = model.one.lexicon;

/** What a word (or a multi-word entry: "united nations", "new york") is in the lexicon. */
type WordClass = "first" | "last" | "honorific" | "place" | "organization" | "demonym" | "proper" | "other";

const CLASS_OF_TAG: ReadonlyArray<readonly [WordClass, ReadonlySet<string>]> = [
  ["first", new Set(["FirstName", "MaleName", "FemaleName"])],
  ["last", new Set(["LastName", "Person"])],
  ["honorific", new Set(["Honorific"])],
  ["place", new Set(["Place", "City", "Country", "Region"])],
  ["organization", new Set(["Organization", "SportsTeam", "Company", "School"])],
  ["demonym", new Set(["Demonym"])],
];

function classOfEntry(entry: string | string[] | undefined): WordClass | undefined {
  if (entry === undefined) return undefined;
  const tags = typeof entry === "string" ? [entry] : entry;
  for (const [c, set] of CLASS_OF_TAG) if (tags.some((t) => set.has(t))) return c;
  return undefined;
}

/** Words the lexicon holds as a person's name or a common word ("Bill", "Art", "Chase"): a name only before another capitalised word. */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  Object.entries(model.two.switches)
    .filter(([, tag]) => tag.startsWith("Person|"))
    .map(([w]) => w),
);

/** The longest lexicon entry is tried first: compromise's multi-word entries run to four words. */
const MAX_ENTRY_WORDS = Math.max(
  ...Object.keys(LEXICON)
    .map((k) => k.split(" ").length)
    .filter((n) => n <= 6),
);

interface Word {
  start: number;
  end: number;
  /** Lower case, without a trailing possessive or punctuation: the form the lexicon keys. */
  normal: string;
  /** As written, without a possessive, punctuation or the periods of a short form ("DC" for "D.C."). */
  text: string;
  /** A short form written with periods ("U.S.", "D.C."). */
  dotted: boolean;
  capitalised: boolean;
  cls: WordClass;
}

const DIRECTIONS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western"]);
const ORG_LEADS = new Set(["world", "global", "international", "national"]);

function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[("“‘'[]+/, "")
    .replace(/['’]s?$/, "")
    .replace(/[),.;:!?"”’\]]+$/, "");
}

/** The run's words, each with its class from the lexicon (multi-word entries first, longest first). */
const FUNCTION_TAGS = new Set([
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Adverb",
  "Copula",
  "Modal",
  "Auxiliary",
  "QuestionWord",
  "Negative",
]);

/** "The", "And", "He": capitalised words of closed classes are never part of a name. */
function isFunctionWord(normal: string): boolean {
  const e = LEXICON[normal];
  return e !== undefined && (typeof e === "string" ? [e] : e).some((t) => FUNCTION_TAGS.has(t));
}

function readWords(text: string): Word[] {
  const words: Word[] = [];
  // Hyphenated words are read part by part, as compromise does ("Al-Jazeera", "Mar-a-Lago").
  for (const m of text.matchAll(/[^\s-]+/g)) {
    const s = m.index ?? 0;
    const bare = m[0].replace(/^[("“‘'[]+/, "").replace(/['’]s?$|[),;:!?"”’\]]+$/g, "");
    // "D.C.", "U.K.": the lexicon keys short forms without their periods.
    const dotted = /^(?:\p{L}\.)+\p{L}?\.?$/u.test(bare);
    const normal = dotted ? bare.replace(/\./g, "").toLowerCase() : normalise(m[0]);
    words.push({
      start: s,
      end: s + m[0].length,
      normal,
      text: dotted ? bare.replace(/\./g, "") : bare,
      dotted,
      capitalised: /^\p{Lu}/u.test(bare),
      cls: "other",
    });
  }
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(MAX_ENTRY_WORDS, words.length - i); n >= 1 && taken === 0; n--) {
      const key = words
        .slice(i, i + n)
        .map((w) => w.normal)
        .join(" ");
      const cls = classOfEntry(LEXICON[key]);
      if (cls !== undefined && (n > 1 || words[i]?.capitalised)) {
        for (let k = i; k < i + n; k++) (words[k] as Word).cls = cls;
        taken = n;
      }
    }
    const w = words[i] as Word;
    // "in Houston" but "Houston Nutt": a name that is also a place reads as the place until a capitalised word follows.
    if (taken === 1 && w.capitalised && model.two.switches[w.normal] === "Person|Place") w.cls = "place";
    if (taken === 0) {
      if (w.capitalised && (w.dotted || !isFunctionWord(w.normal))) w.cls = "proper";
      taken = 1;
    }
    i += taken;
  }
  return words;
}

/** Words that carry on a place name after its head word ("Lake of the Woods", "Mount Arlo"). */
const PLACE_CONTINUERS = new Set(["of", "city", "national", "state", "great", "memorial", "historic", "municipal"]);
/** Place words that do not lead a name ("Center for ...", "Bridge Street" is read from "street"). */
const NOT_BEFORE = new Set(["center", "centre", "way", "range", "bar", "bridge", "field", "pit"]);
/** Upper-case short forms that are places (compromise's acronym rule): "US", "UK". */
const PLACE_ACRONYMS = new Set(["US", "UK", "LA", "NY", "DC", "GB"]);
const ACRONYM = /^\p{Lu}{2,5}$/u;

const KIN = new Set(["sister", "pope", "brother", "father", "aunt", "uncle", "grandpa", "grandfather", "grandma"]);
const JOINERS = new Set(["al", "bin", "van"]);

/** Place words compromise's later rules read as the head of a place ("Empire Polo Grounds"). */
const PLACE_TAILS = new Set(["cliff", "place", "range", "pit", "point", "room", "grounds", "ruins"]);
/** Street words that make an address after a number ("5012 Powell Drive"). */
const STREET_WORDS = new Set([
  "st",
  "street",
  "rd",
  "road",
  "crescent",
  "way",
  "terrace",
  "avenue",
  "ave",
  "lane",
  "boulevard",
  "blvd",
  "drive",
  "dr",
  "parkway",
]);

/** compromise's test of a word that can be part of an organisation name: capitalised, not a first name or place. */
function orgLike(w: Word | undefined): boolean {
  if (!w) return false;
  return w.capitalised && w.cls !== "first" && w.cls !== "place" && w.cls !== "other";
}

/** ... of a place name: capitalised, not an organisation ("Russell Hall", "Rose Garden": first names too). */
function placeLike(w: Word | undefined): boolean {
  if (!w) return false;
  return w.capitalised && w.cls !== "organization" && w.cls !== "other";
}

/** Tag `type` on words from `k` backwards while `like` holds. */
function tagBack(words: Word[], k: number, like: (w: Word | undefined) => boolean, cls: WordClass): void {
  for (let j = k; j >= 0 && like(words[j]); j--) (words[j] as Word).cls = cls;
}

/**
 * compromise's run rules, on classes: persons around first names, organisations and places around
 * their head words. `previous` and `next` are the words either side of the run, lower case ("the FBI",
 * "the Tasnim news agency", "the Luhansk region"); `previous` is "" at the start of a line or clause.
 */
function applyRules(words: Word[], before: readonly string[], next: string): void {
  const cls = (k: number) => words[k]?.cls;
  const previous = before[before.length - 1] ?? "";
  // "brother Khamis", "Pope Francis": a kinship word before a name makes it a person.
  if (KIN.has(previous) && words[0]?.cls === "proper") (words[0] as Word).cls = "last";
  // "al-Thani", "bin Laden": a name after "al" or "bin" is a person.
  if (JOINERS.has(previous) && words[0]?.cls === "proper") (words[0] as Word).cls = "last";
  // "the town of Medfield": a place word and "of" before the run lead a place.
  if (previous === "of" && (before[0] ?? "") in model.two.placeWords && placeLike(words[0])) {
    for (let j = 0; j < words.length && placeLike(words[j]); j++) (words[j] as Word).cls = "place";
  }
  // "Hamad bin Jassim al-Thani", "Dia al-Hotmani": "al", "bin", "van" between capitalised words join a person.
  words.forEach((w, k) => {
    if (k > 0 && JOINERS.has(w.normal) && words[k + 1]?.capitalised && cls(k - 1) !== "place" && cls(k - 1) !== "organization") {
      for (const j of [k - 1, k, k + 1]) if ((words[j] as Word).cls !== "first") (words[j] as Word).cls = "last";
    }
  });
  for (const w of words) {
    // "US", "UK": upper-case short forms of places (compromise's acronym rule).
    if ((w.cls === "proper" || w.cls === "other") && w.capitalised && PLACE_ACRONYMS.has(w.text)) w.cls = "place";
  }
  // "the FBI", "the U.S. Pacific Fleet": an acronym after "the" is an organisation.
  const first = words[0];
  if (previous === "the" && first?.cls === "proper" && ACRONYM.test(first.text)) first.cls = "organization";
  words.forEach((w, k) => {
    // "Bill Harlow": a name that is also a common word is a first name before a capitalised word.
    if (
      w.cls !== "first" &&
      w.capitalised &&
      (AMBIGUOUS_NAMES.has(w.normal) || w.normal === "will") &&
      ["proper", "last", "first"].includes(cls(k + 1) ?? "")
    )
      w.cls = "first";
    // "Sylvester Washington": the word right after a first name is a surname whatever else the lexicon says.
    if (w.cls === "first" && (cls(k + 1) === "place" || cls(k + 1) === "organization")) (words[k + 1] as Word).cls = "last";
  });
  // "Acme Widget Corp", "Simon & Schuster": capitalised words before an organisation word, or around "&".
  words.forEach((w, k) => {
    // "San Francisco Chronicle", "Wayne State University": a place or a first name leading an
    // organisation word in the run is part of its name.
    const orgOrPlace = (x: Word | undefined) => x === w || orgLike(x) || ((x?.cls === "place" || x?.cls === "first") && x.capitalised);
    if (k > 0 && w.capitalised && w.normal in model.two.orgWords && orgOrPlace(words[k - 1])) tagBack(words, k, orgOrPlace, "organization");
    if (w.text === "&" && orgLike(words[k - 1]) && orgLike(words[k + 1])) {
      (words[k + 1] as Word).cls = "organization";
      tagBack(words, k, (x) => x === w || orgLike(x), "organization");
    }
  });
  // "Facebook New Zealand": an organisation followed by a country stays one.
  words.forEach((w, k) => {
    if (w.cls === "organization" && cls(k + 1) === "place")
      for (let j = k + 1; cls(j) === "place"; j++) (words[j] as Word).cls = "organization";
  });
  const last = words.length - 1;
  const opens = previous === "" && words.length === 1;
  // "the Assad family": a name before "family" is a person's.
  if (!opens && next === "family" && words[last]?.cls === "proper") tagBack(words, last, (x) => x?.cls === "proper", "last");
  // "the Tasnim news agency": an organisation word right after the run. A lone word opening a clause
  // is left ("Federal workers").
  if (!opens && next in model.two.orgWords && orgLike(words[last])) tagBack(words, last, orgLike, "organization");
  // "Lake Tern" / "Tern Valley" / "the Luhansk region": capitalised words before a place word.
  words.forEach((w, k) => {
    if (
      k > 0 &&
      w.capitalised &&
      w.cls !== "organization" &&
      (w.normal in model.two.placeWords || (k === last && PLACE_TAILS.has(w.normal))) &&
      placeLike(words[k - 1])
    ) {
      tagBack(words, k, (x) => x === w || placeLike(x), "place");
    }
  });
  if (!opens && next in model.two.placeWords && placeLike(words[last])) tagBack(words, last, placeLike, "place");
  if (/^\d+$/.test(previous) && STREET_WORDS.has(words[last]?.normal ?? "")) tagBack(words, last, placeLike, "place");
  // "Lake Tern", "Borough Market": a place word before capitalised words leads a place.
  words.forEach((w, k) => {
    if (!(w.normal in model.two.placeWords) || !w.capitalised || NOT_BEFORE.has(w.normal) || w.cls === "organization") return;
    let j = k + 1;
    while (j < words.length && PLACE_CONTINUERS.has(words[j]?.normal ?? "") && !words[j]?.capitalised) j++;
    if (j < words.length && placeLike(words[j]) && cls(j) !== "first") for (let n = k; n <= j; n++) (words[n] as Word).cls = "place";
  });
  // "North Tervland" of a known place is a place.
  words.forEach((w, k) => {
    if (DIRECTIONS.has(w.normal) && cls(k + 1) === "place") w.cls = "place";
  });
  // "International Olympic Committee": a leading word or a demonym before an organisation.
  words.forEach((w, k) => {
    if ((ORG_LEADS.has(w.normal) || w.cls === "demonym") && w.capitalised && cls(k + 1) === "organization") w.cls = "organization";
  });
  // "Ada Brennan", "Ada M. Brennan": capitalised words after a first name are its surname.
  for (let k = 0; k < words.length; k++) {
    if (cls(k) !== "first") continue;
    for (let j = k + 1; j < words.length && ["proper", "last", "first"].includes(cls(j) ?? ""); j++) {
      if (cls(j) === "proper") (words[j] as Word).cls = "last";
    }
  }
  // "Dr Brennan": capitalised words after an honorific are a person.
  words.forEach((w, k) => {
    if (w.cls === "honorific" && cls(k + 1) === "proper") (words[k + 1] as Word).cls = "last";
  });
  // "Joe Smith", "Smith Jones": a capitalised word right before a surname is part of the person.
  for (let k = words.length - 1; k > 0; k--) {
    if ((cls(k) === "last" || cls(k) === "first") && cls(k - 1) === "proper") (words[k - 1] as Word).cls = "last";
  }
}

const PERSON_CLASSES = new Set<WordClass>(["first", "last", "honorific"]);

/** Spans of consecutive words of one type, as TypeHints spans. */
function spansOf(words: readonly Word[]): TypeHints["spans"] {
  const out: Array<TypeHints["spans"][number]> = [];
  const typeOf = (w: Word) =>
    PERSON_CLASSES.has(w.cls) ? "person" : w.cls === "place" ? "place" : w.cls === "organization" ? "organization" : undefined;
  let k = 0;
  while (k < words.length) {
    const t = typeOf(words[k] as Word);
    let j = k + 1;
    while (t && j < words.length && typeOf(words[j] as Word) === t) j++;
    // A person span is never an honorific alone ("Mr" before a lower-case word).
    if (t && !(t === "person" && words.slice(k, j).every((w) => w.cls === "honorific"))) {
      out.push({ start: (words[k] as Word).start, end: (words[j - 1] as Word).end, type: t });
    }
    k = j;
  }
  for (const w of words) if (w.cls === "first") out.push({ start: w.start, end: w.end, type: "firstName" });
  return out;
}

/** The lower-case word right before `start` on its line ("" at a line start or after punctuation). */
function wordBefore(text: string, start: number): { word: string; start: number } {
  if (text[start - 1] !== " " && !(text[start - 1] === "-" && /\p{L}/u.test(text[start - 2] ?? ""))) return { word: "", start };
  let i = start - 1;
  while (i > 0 && /[\p{L}\d.'’-]/u.test(text[i - 1] ?? "")) i--;
  return { word: text.slice(i, start - 1), start: i };
}

/** The lower-case word right after `end` when one space apart ("" otherwise). */
function wordAfter(text: string, end: number): string {
  if (text[end] !== " ") return "";
  let i = end + 1;
  while (i < text.length && /[\p{L}'’-]/u.test(text[i] ?? "")) i++;
  const w = text.slice(end + 1, i).replace(/['’]s?$/, "");
  return /^\p{Ll}/u.test(w) ? w : "";
}

const RUN_CACHE = new Map<string, TypeHints["spans"]>();
const RUN_CACHE_LIMIT = 50_000;

/**
 * Votes on the type of each run (character spans of `text`) from the lexicon: person, place,
 * organisation and first-name spans, the same shape compromise's tagger gave.
 * @example readLexiconVotes("met Ada Brennan", [{ start: 4, end: 15 }]).spans // person 4-15, firstName 4-7
 */
export function readLexiconVotes(text: string, runs: ReadonlyArray<{ start: number; end: number }>): TypeHints {
  const spans: Array<TypeHints["spans"][number]> = [];
  for (const r of runs) {
    // A capitalised word right before the run is read with it ("Josh Gerstein contributed", where a
    // sentence's first word is not part of the run); two words before give the context ("town of").
    const p1 = wordBefore(text, r.start);
    const p2 = wordBefore(text, p1.start);
    const joins = (/^\p{Lu}/u.test(p1.word) && !/[.]$/.test(p1.word)) || (text[r.start - 1] === "-" && p1.word !== "");
    const from = joins ? p1.start : r.start;
    const run = text.slice(from, r.end);
    const before = (joins ? [p2.word] : [p2.word, p1.word]).map((w) => w.toLowerCase());
    const next = wordAfter(text, r.end);
    const key = `${before.join(" ")}|${run}|${next}`;
    let relative = RUN_CACHE.get(key);
    if (!relative) {
      const words = readWords(run);
      applyRules(words, before, next);
      relative = spansOf(words);
      if (RUN_CACHE.size >= RUN_CACHE_LIMIT) RUN_CACHE.clear();
      RUN_CACHE.set(key, relative);
    }
    for (const s of relative) spans.push({ start: from + s.start, end: from + s.end, type: s.type });
  }
  return { spans };
}

const NOT_COMMON = new Set([
  "ProperNoun",
  "Person",
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Place",
  "City",
  "Country",
  "Region",
  "Organization",
  "SportsTeam",
  "Demonym",
]);

/**
 * True when the word, lower-cased, is a plural common noun ("officials", "critics"), as compromise
 * reads a word alone: a plural of its lexicon ("claims", "officials", "hours"); a word it does not
 * hold, ending in "s" but not "ss", "us", "is" ("lawmakers"), unless that is the "-s" form of one of
 * its verbs ("proposes"). compromise alone reads some of these as verbs ("claims", "lakes"); a word
 * opening a sentence as a name run is not a verb, so the plural reading is kept.
 */
export function isLexiconPlural(word: string): boolean {
  const w = word.toLowerCase();
  const entry = LEXICON[w];
  if (entry !== undefined) {
    const tags = typeof entry === "string" ? [entry] : entry;
    // "citizens", "hours": people and spans of time the lexicon holds in both numbers.
    const plural = tags.includes("Plural") || (/[^s]s$/.test(w) && tags.some((t) => t === "Actor" || t === "Duration"));
    return plural && !tags.some((t) => NOT_COMMON.has(t));
  }
  if (w in model.two.switches) return false;
  if (/men$/.test(w)) return true;
  if (w.length <= 3 || !/\p{L}s$/u.test(w) || /(ss|us|is)$/.test(w)) return false;
  // "claims", "talks": the "-s" form of a verb reads as the verb.
  const stems = [w.slice(0, -1), ...(w.endsWith("es") ? [w.slice(0, -2)] : []), ...(w.endsWith("ies") ? [`${w.slice(0, -3)}y`] : [])];
  return !stems.some((stem) => isVerb(stem));
}

function isVerb(word: string): boolean {
  const entry = LEXICON[word];
  const tags = entry === undefined ? [] : typeof entry === "string" ? [entry] : entry;
  return tags.includes("Infinitive") || (model.two.switches[word] ?? "").includes("Verb");
}
