import nlp from "compromise";
import type { EntityType } from "../../model/entity.js";
import { installIndexedSweep } from "./indexed-sweep.js";

// compromise's last hook groups words into noun and verb chunks; none of its people, place or
// organisation finders (nor the plural test below) reads chunks, only tags. Only this module uses
// compromise, so its instance skips that hook (~7% of its time).
// Its match sweep is replaced by one that looks a sentence's words up in the match net instead of
// walking the whole net per sentence (same matches, same order; see indexed-sweep.ts).
const world = (nlp as unknown as { world(): { hooks: string[] } & Parameters<typeof installIndexedSweep>[0] }).world();
world.hooks = world.hooks.filter((h) => h !== "chunks");
installIndexedSweep(world);

/** Character ranges compromise tagged as a person, place, organisation or first name. */
export interface TypeHints {
  readonly spans: ReadonlyArray<{ start: number; end: number; type: EntityType | "firstName" }>;
}

interface OffsetMatch {
  offset: { start: number; length: number };
}

interface Matches {
  toView(): { json(options: { offset: true; text: false; terms: false }): OffsetMatch[] };
}

// Offsets through a plain view: `out("offset")` on compromise's people view also parses every name
// (first name, surname, gender) and copies every term, ~15% of its time here; the offsets are the same.
// Without `text`: json writes each match's text besides its offset (whose length is that same text's).
function collect(view: Matches | undefined, type: EntityType | "firstName") {
  if (!view) return [];
  const found = view.toView().json({ offset: true, text: false, terms: false });
  return found.map((m) => ({ start: m.offset.start, end: m.offset.start + m.offset.length, type }));
}

/**
 * Ask compromise which stretches of the text look like people, places and organisations. It is noisy
 * (it reads "Secretary of State Ada Brennan" as place "State Ada" + person "Brennan"), so its answers
 * are only votes; our own rules decide.
 */
export function readTypeHints(text: string): TypeHints {
  const doc = nlp(text) as unknown as TaggedView;
  return {
    spans: [
      ...collect(sentencesTagged(doc, ["Person"])?.people(), "person"),
      ...collect(sentencesTagged(doc, ["Place", "Address"])?.places(), "place"),
      ...collect(sentencesTagged(doc, ["Organization"])?.organizations(), "organization"),
      ...collect(sentencesTagged(doc, ["FirstName"])?.match("#FirstName"), "firstName"),
    ],
  };
}

interface Finders {
  people(): Matches;
  places(): Matches;
  organizations(): Matches;
  match(m: string): Matches;
}

interface TaggedView extends Finders {
  document: ReadonlyArray<ReadonlyArray<{ tags: ReadonlySet<string> }>>;
  update(pointer: number[][]): Finders;
}

/**
 * The sentences of a document holding a term with one of `tags`, as a view of whole sentences, or
 * undefined when none does. compromise's people, place and organisation finders and the first-name
 * match each need a term of their tag ("#Honorific+? #Person+", "(#Place|#Address)+",
 * "#Organization+", "#FirstName") and match within a sentence, so they find the same spans in these
 * sentences as in the whole document; most name windows hold none of a given tag (a person in ~1 in
 * 5), and the finders' passes over the others cost ~20% of compromise's time here.
 */
function sentencesTagged(doc: TaggedView, tags: readonly string[]): Finders | undefined {
  const pointer: number[][] = [];
  doc.document.forEach((terms, n) => {
    if (terms.some((t) => tags.some((tag) => t.tags.has(tag)))) pointer.push([n]);
  });
  if (pointer.length === 0) return undefined;
  return pointer.length === doc.document.length ? doc : doc.update(pointer);
}

type RelativeSpan = { start: number; end: number; type: EntityType | "firstName" };

/** Votes per distinct run text, shared across articles: a story repeats its names in every article. */
const RUN_CACHE = new Map<string, RelativeSpan[]>();
const RUN_CACHE_LIMIT = 50_000;

/**
 * compromise's votes for the name runs only, not the whole article. Tagging whole articles cost
 * ~100-170 ms each; the runs are a small share of the text, and their texts repeat across the
 * articles of a story, so each distinct run is tagged once (in one batch per article) and cached.
 * Each run is tagged with a few words of context either side, which is what compromise's people
 * and place rules look at ("Hale said", "in Tervia").
 */
export function readRunTypeHints(text: string, runs: ReadonlyArray<{ start: number; end: number }>): TypeHints {
  const windows = runs.map((r) => {
    const { start, end } = runWindow(text, r);
    return { start, end, key: text.slice(start, end) };
  });
  const missing = [...new Set(windows.map((w) => w.key).filter((k) => !RUN_CACHE.has(k)))];
  if (missing.length > 0) {
    // One compromise pass over the missing windows, one per line, then split the answers by line.
    const joined = missing.join("\n");
    const starts: number[] = [];
    let at = 0;
    for (const k of missing) {
      starts.push(at);
      at += k.length + 1;
    }
    const found = readTypeHints(joined).spans;
    const per = missing.map(() => [] as RelativeSpan[]);
    for (const f of found) {
      let i = starts.length - 1;
      while (i > 0 && (starts[i] ?? 0) > f.start) i--;
      const base = starts[i] ?? 0;
      const len = missing[i]?.length ?? 0;
      if (f.end - base <= len) per[i]?.push({ start: f.start - base, end: f.end - base, type: f.type });
    }
    if (RUN_CACHE.size > RUN_CACHE_LIMIT) RUN_CACHE.clear();
    missing.forEach((k, i) => {
      RUN_CACHE.set(k, per[i] ?? []);
    });
  }
  const spans = windows.flatMap((w) =>
    (RUN_CACHE.get(w.key) ?? []).map((s) => ({ start: w.start + s.start, end: w.start + s.end, type: s.type })),
  );
  return { spans };
}

/** The stretch compromise reads for a run: the run with up to two words either side, within its line. */
export function runWindow(text: string, run: { start: number; end: number }): { start: number; end: number } {
  return { start: contextStart(text, run.start), end: contextEnd(text, run.end) };
}

/** Up to two words of context before a run, within its line. */
function contextStart(text: string, start: number): number {
  let i = start;
  let words = 0;
  while (i > 0 && text[i - 1] !== "\n") {
    if (text[i - 1] === " " && text[i - 2] !== " " && ++words > 2) break;
    i--;
  }
  return i;
}

/** Up to two words of context after a run, within its line. */
function contextEnd(text: string, end: number): number {
  let i = end;
  let words = 0;
  while (i < text.length && text[i] !== "\n") {
    if (text[i] === " " && ++words > 2) break;
    i++;
  }
  return i;
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
const PLURAL_CACHE_LIMIT = 50_000;

function remember(word: string, plural: boolean): void {
  if (pluralCache.size >= PLURAL_CACHE_LIMIT) pluralCache.clear();
  pluralCache.set(word, plural);
}

/** True when compromise reads the word, lower-cased, as a plural common noun ("officials", "critics"). */
export function isCommonPlural(word: string): boolean {
  const w = word.toLowerCase();
  let hit = pluralCache.get(w);
  if (hit === undefined) {
    const doc = nlp(w);
    hit = doc.has("#Plural") && !doc.has("#ProperNoun");
    remember(w, hit);
  }
  return hit;
}

interface TaggedDocument {
  document: ReadonlyArray<ReadonlyArray<{ tags: ReadonlySet<string> }>>;
}

/**
 * `isCommonPlural` for many words in one compromise pass, one word a line: a call per word cost
 * ~0.3 ms, mostly compromise's set-up per call. Each line is a sentence of its own and compromise
 * tags sentences apart, so a word reads as it does alone (the same answer for all 3,286 words asked
 * on the bench corpus). Undefined when the lines do not come out as one sentence each.
 */
export function readCommonPlurals(words: readonly string[]): Map<string, boolean> | undefined {
  if (words.some((w) => /\s/.test(w))) return undefined;
  const sentences = (nlp(words.join("\n")) as unknown as TaggedDocument).document;
  if (sentences.length !== words.length) return undefined;
  return new Map(
    words.map((w, i) => {
      const terms = sentences[i] ?? [];
      return [w, terms.some((t) => t.tags.has("Plural")) && !terms.some((t) => t.tags.has("ProperNoun"))];
    }),
  );
}

/** Read in one batch the words (lower-cased) `isCommonPlural` may be asked about and not yet known. */
export function prefetchCommonPlurals(words: Iterable<string>): void {
  const missing = [...new Set([...words].map((w) => w.toLowerCase()))].filter((w) => !pluralCache.has(w) && !/\s/.test(w));
  if (missing.length < 2) return;
  for (const [w, plural] of readCommonPlurals(missing) ?? []) remember(w, plural);
}
