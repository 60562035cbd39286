import { EVENT_GROUPS, eventGroupOf } from "../../annotate/values/event-nouns.js";
import { dimensionOf } from "../../annotate/values/value-draft.js";
import type { Doc } from "../../model/doc.js";
import type { Fact } from "../../model/fact.js";
import type { Token } from "../../model/token.js";
import { type LocatedValue, type ValuePair, valuePair } from "./located-value.js";
import { forEachCandidatePair } from "./candidate-sentence-pairs.js";
import { statedValue } from "./describe-value.js";
import { mayBeOnePersonAged, samePerson } from "./same-person.js";
import { numberedOverlap, sentenceTerms, sharedTerms, termNumbering } from "./sentence-terms.js";
import { wordingNumberer } from "./sentence-wording.js";

/** Sentences of different sources "say the same thing" at this term overlap (or in one aligned Fact). */
const STRONG_JACCARD = 0.3;
/** A looser match, enough when the values' own context agrees too. */
const WEAK_JACCARD = 0.18;
const MIN_SHARED = 3;
/** Loosest match: only values whose own slot or neighbouring words agree ("20 minutes of action"). */
const LOOSE_JACCARD = 0.1;
/** Readings more than this many times apart are different quantities, not a disagreement about one. */
const MAX_RATIO = 5;
/** Sentences this close are one report even when their dates differ (then the date is the disagreement). */
const SAME_WORDING = 0.45;
/** A strong slot (an event's length, a named person's age) is as sure as matching sentences with one slot. */
const STRONG_SLOT_STRENGTH = 5;

/** Kinds worth comparing across sources (ordinals are too loose). */
const COMPARED = new Set(["number", "count", "duration", "distance", "money", "percent", "fraction", "date"]);
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
/** Predicates a kind of value always has, whatever the sentence says. */
const KIND_PREDICATES = new Set(["duration", "length", "offset", "age"]);

const key = (source: string, sentence: number) => `${source}#${sentence}`;

/** Every comparable value of every doc with its source and sentence index. */
export function locateValues(docs: readonly Doc[]): LocatedValue[] {
  const out: LocatedValue[] = [];
  for (const doc of docs) {
    // The first sentence starting at each offset (as a search from the start would find).
    const byStart = new Map<number, number>();
    for (const s of doc.sentences) if (!byStart.has(s.start)) byStart.set(s.start, s.index);
    for (const value of doc.values) {
      if (!COMPARED.has(value.kind)) continue;
      const sentence = byStart.get(value.sentenceStart);
      if (sentence !== undefined) out.push({ source: doc.article.id, sentence, value });
    }
  }
  return out;
}

interface ValueContext {
  before?: string;
  after?: string;
  adjacent?: string;
  /** Content words within a few tokens either side. */
  near: ReadonlySet<string>;
}

/** Tokens either side of a value that are its near context. */
const NEAR = 5;
/** Near words two counts of one noun share in looser sentences to be one count ("Rockies", "shortstop"). */
const MIN_NEAR_SHARED = 2;

/**
 * The content words right before and after a value: "fled to Argentina in [1950], where"; and the
 * word right before it, whatever it is ("in").
 */
function contextOf(doc: Doc, v: LocatedValue, tokens: readonly Token[]): ValueContext {
  let before: string | undefined;
  let after: string | undefined;
  let adjacent: string | undefined;
  const near = new Set<string>();
  const at = tokens.findIndex((t) => t.end > v.value.start);
  const from = at < 0 ? tokens.length : at;
  for (let i = Math.max(0, from - NEAR); i < Math.min(tokens.length, from + NEAR + 1); i++) {
    const t = tokens[i]!;
    if (t.start < v.value.end && v.value.start < t.end) continue;
    if (CONTENT.has(t.pos) && !t.stop && t.lemma !== v.value.unit) near.add(t.lemma.toLowerCase());
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end > v.value.start || t.pos === "PUNCT") continue;
    adjacent = t.lemma.toLowerCase();
    break;
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end > v.value.start) continue;
    if (CONTENT.has(t.pos) && !t.stop) {
      before = t.lemma.toLowerCase();
      break;
    }
  }
  for (const t of tokens) {
    if (t.start < v.value.end) continue;
    if (v.value.kind === "count" && t.lemma === v.value.unit) continue; // its own noun
    if (CONTENT.has(t.pos) && !t.stop) {
      after = t.lemma.toLowerCase();
      break;
    }
  }
  void doc;
  return { near, ...(before ? { before } : {}), ...(after ? { after } : {}), ...(adjacent ? { adjacent } : {}) };
}

const slotKey = (v: LocatedValue) =>
  v.value.slot?.subject ? `${v.value.slot.subject.toLowerCase()}|${v.value.slot.predicate}` : undefined;

/**
 * One slot: the same subject and predicate. A count's subject is its own noun; a verb that could not
 * be found is unknown, not different: "U.S. hits 68 million Covid cases" (a headline whose verb is
 * read as a noun) and "the US eclipses 40 million cases" count the same cases.
 */
function sameSlotOf(a: LocatedValue, b: LocatedValue): boolean {
  const ka = slotKey(a);
  if (ka !== undefined && ka === slotKey(b)) return true;
  if (a.value.kind !== "count" || a.value.unit === "age") return false;
  const sa = a.value.slot;
  const sb = b.value.slot;
  if (!sa?.subject || !sb?.subject || sa.subject.toLowerCase() !== sb.subject.toLowerCase()) return false;
  return sa.predicate === "" || sb.predicate === "";
}

/**
 * A slot strong enough to compare without aligned sentences: the length of a named event ("the
 * talks lasted about two and a half hours" / "their three-hour meeting"), the age of a person named
 * in full ("Jane Doe, 33" / "34-year-old Jane Doe").
 */
function isStrongSlot(v: LocatedValue): boolean {
  const s = v.value.slot;
  if (!s) return false;
  if (v.value.kind === "duration") return s.predicate === "duration" && Object.hasOwn(EVENT_GROUPS, s.subject);
  return v.value.unit === "age" && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(s.subject);
}

/**
 * Slots that may be the same thing told in other words: a subject is unknown, or one subject appears
 * in the other sentence. "$60bn of American goods" is not "$34 billion in Chinese goods"; the lengths of
 * "the three-year war" and "the three-hour meeting" are not one slot.
 */
function compatibleSlots(a: LocatedValue, b: LocatedValue, terms: ReadonlyMap<string, ReadonlyMap<number, ReadonlySet<string>>>): boolean {
  const covers = (x: LocatedValue, y: LocatedValue) => {
    const subject = x.value.slot?.subject ?? "";
    if (!subject || subject.toLowerCase() === y.value.slot?.subject.toLowerCase()) return true;
    const words = terms.get(y.source)?.get(y.sentence) ?? new Set<string>();
    const group = EVENT_GROUPS[subject];
    if (group !== undefined) return group.some((w) => words.has(w));
    return subject.toLowerCase().split(" ").every((w) => words.has(w));
  };
  // A pronoun subject ("He underwent surgery in 2016") says nothing against "Balin underwent surgery".
  const sa = a.value.slot?.subject ?? "";
  const sb = b.value.slot?.subject ?? "";
  if (!sa || !sb) return true;
  // Two different named events ("the three-hour meeting" / "the three-year war") never share a slot.
  const ea = eventOf(sa);
  const eb = eventOf(sb);
  if (ea && eb && ea !== eb) return false;
  return covers(a, b) || covers(b, a);
}

/**
 * How many times larger one reading is than the other, by the figures stated: "more than 850,000"
 * is 850,000 here, not the middle of its open range.
 */
function magnitudeRatio(a: LocatedValue, b: LocatedValue): number {
  const figure = (v: LocatedValue) => (v.value.approx === "exact" ? (v.value.low + v.value.high) / 2 : statedValue(v.value));
  const x = Math.abs(figure(a));
  const y = Math.abs(figure(b));
  return Math.max(x, y) / Math.max(Math.min(x, y), 1e-9);
}

/** The event a slot subject names, by its head: "border war" -> "war", "meeting" -> "meeting". */
function eventOf(subject: string): string | undefined {
  if (Object.hasOwn(EVENT_GROUPS, subject)) return subject;
  return eventGroupOf(subject.split(" ").at(-1) ?? "");
}

/** A value restating the one before it in parentheses: "56 nautical miles (103 kilometers)". */
function isRestatement(doc: Doc, v: LocatedValue, prevOf: ReadonlyMap<LocatedValue, LocatedValue>): boolean {
  const prev = prevOf.get(v);
  if (!prev || dimensionOf(prev.value) !== dimensionOf(v.value)) return false;
  return /^\s*\(\s*$/.test(doc.article.text.slice(prev.value.end, v.value.start));
}

/**
 * True when both sentences date the same action differently and share no date: "bombings killed 27
 * on Saturday" / "a car bomb killed three on Sunday". "Confirmed Wednesday" / "found Tuesday" date
 * different actions and say nothing.
 */
function datesDiffer(ga: readonly LocatedValue[], gb: readonly LocatedValue[]): boolean {
  const dates = (g: readonly LocatedValue[]) => g.filter((v) => v.value.kind === "date");
  const da = dates(ga);
  const db = dates(gb);
  const same = (x: LocatedValue, y: LocatedValue) => x.value.unit === y.value.unit && x.value.low === y.value.low;
  if (da.some((x) => db.some((y) => same(x, y)))) return false;
  // "submitted ... between July and October" / "submitted ..., the office said Tuesday": a weekday and a
  // month are no two dates of one action, only two of one kind are.
  return da.some((x) => db.some((y) => dimensionOf(x.value) === dimensionOf(y.value) && (x.value.slot?.predicate ?? "") === (y.value.slot?.predicate ?? "")));
}

/** Words between two values of one sentence that still tie them together: "by 81% to $1,160". */
const BESIDE = /^[\s\p{L}]{0,12}$/u;

/**
 * The readings of the values right beside each value of a sentence ("by [81%] to $1,160"): a figure
 * both sentences state right beside two values ties those two values to one slot, as a shared
 * neighbouring word does.
 */
function besideReadings(doc: Doc, group: readonly LocatedValue[], reading: (v: LocatedValue) => string): Map<LocatedValue, Set<string>> {
  const out = new Map<LocatedValue, Set<string>>();
  const sorted = [...group].sort((x, y) => x.value.start - y.value.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const x = sorted[i]!;
    const y = sorted[i + 1]!;
    if (x.value.end > y.value.start || !BESIDE.test(doc.article.text.slice(x.value.end, y.value.start))) continue;
    if (!out.has(x)) out.set(x, new Set());
    if (!out.has(y)) out.set(y, new Set());
    out.get(x)!.add(reading(y));
    out.get(y)!.add(reading(x));
  }
  return out;
}

/** How far back a shared word may stand from a date and still be its anchor. */
const ANCHOR_REACH = 8;

/** The nearest content word before a value that the other sentence uses too, if close enough. */
function sharedAnchor(tokens: readonly Token[], v: LocatedValue, otherTerms: ReadonlySet<string>): string | undefined {
  let seen = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.end > v.value.start) continue;
    if (++seen > ANCHOR_REACH) return undefined;
    const lemma = t.lemma.toLowerCase();
    if (CONTENT.has(t.pos) && !t.stop && otherTerms.has(lemma)) return lemma;
  }
  return undefined;
}

/**
 * Whether sentences with `shared` terms of `total` (both counts added) match at all, strongly, weakly
 * or loosely: the loosest test of `compareSentences` without a shared fact.
 */
function mayMatch(shared: number, total: number): boolean {
  const union = total - shared;
  const jaccard = union === 0 ? 0 : shared / union;
  return jaccard >= LOOSE_JACCARD && shared >= MIN_SHARED;
}

/** True when the two sets have a member in common. */
function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** Fact ids of each sentence: by source id, then by sentence index. */
export type FactsBySentence = ReadonlyMap<string, ReadonlyArray<ReadonlySet<string> | undefined>>;

/** `factsBySentence` answers by the facts they were read from (value pairing and claim polarity both ask). */
const FACTS_BY_SENTENCE = new WeakMap<readonly Fact[], { docs: readonly Doc[]; out: FactsBySentence }>();

/** Fact ids of each sentence, from the aligned facts' evidence. */
export function factsBySentence(docs: readonly Doc[], facts: readonly Fact[]): FactsBySentence {
  const known = FACTS_BY_SENTENCE.get(facts);
  if (known?.docs === docs) return known.out;
  const out = readFactsBySentence(docs, facts);
  FACTS_BY_SENTENCE.set(facts, { docs, out });
  return out;
}

function readFactsBySentence(docs: readonly Doc[], facts: readonly Fact[]): Map<string, Array<Set<string> | undefined>> {
  const out = new Map<string, Array<Set<string> | undefined>>();
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const ordered = new Map<Doc, boolean>();
  for (const fact of facts) {
    for (const c of fact.evidence) {
      const doc = byId.get(c.source);
      if (!doc) continue;
      const sentences = doc.sentences;
      let inOrder = ordered.get(doc);
      if (inOrder === undefined) ordered.set(doc, (inOrder = inTextOrder(sentences)));
      let ofSource = out.get(c.source);
      if (!ofSource) out.set(c.source, (ofSource = []));
      // In text order the sentences a citation overlaps are one run: the first that ends after it
      // starts, up to the last that starts before it ends (a big story's facts cite thousands of sentences).
      let from = 0;
      if (inOrder) {
        let hi = sentences.length;
        while (from < hi) {
          const mid = (from + hi) >>> 1;
          if (sentences[mid]!.end <= c.start) from = mid + 1;
          else hi = mid;
        }
      }
      for (let x = from; x < sentences.length; x++) {
        const s = sentences[x]!;
        if (inOrder && s.start >= c.end) break;
        if (s.start < c.end && c.start < s.end) (ofSource[s.index] ??= new Set()).add(fact.id);
      }
    }
  }
  return out;
}

/** True when sentences start and end in ascending order (as the segmenter gives them). */
function inTextOrder(sentences: readonly { start: number; end: number }[]): boolean {
  for (let x = 1; x < sentences.length; x++) {
    if (sentences[x]!.start < sentences[x - 1]!.start || sentences[x]!.end < sentences[x - 1]!.end) return false;
  }
  return true;
}

/**
 * Pairs of values from different sources that measure the same thing. Within two sentences that
 * report the same fact (one aligned Fact, or enough shared content words), values of the same
 * dimension are matched one to one by evidence: same slot, same neighbouring words, or each the only
 * value of its kind in its sentence. Across the whole story, a strong slot (an event's length, a
 * named person's age) pairs values wherever they are.
 */
export function pairValues(docs: readonly Doc[], facts: readonly Fact[]): ValuePair[] {
  const values = locateValues(docs);
  const byDoc = new Map(docs.map((d) => [d.article.id, d]));
  const terms = new Map(docs.map((d) => [d.article.id, sentenceTerms(d)]));
  const inFacts = factsBySentence(docs, facts);
  // Tokens of each sentence that holds a value (one key string per sentence, not per token): only
  // those sentences' tokens are read below.
  const valueSentences = new Map<string, Set<number>>();
  for (const v of values) {
    let sentences = valueSentences.get(v.source);
    if (!sentences) valueSentences.set(v.source, (sentences = new Set()));
    sentences.add(v.sentence);
  }
  const tokensOf = new Map<string, Token[]>();
  for (const d of docs) {
    const wanted = valueSentences.get(d.article.id);
    if (!wanted) continue;
    const bySentence: Array<Token[] | undefined> = [];
    for (const sentence of wanted) bySentence[sentence] = [];
    const tokens = d.tokens;
    for (let x = 0; x < tokens.length; x++) bySentence[tokens[x]!.sentence]?.push(tokens[x]!);
    for (const sentence of wanted) if (bySentence[sentence]!.length > 0) tokensOf.set(key(d.article.id, sentence), bySentence[sentence]!);
  }
  // The value before each one in its own article (ends before it starts), found in one sorted pass.
  const prevOf = new Map<LocatedValue, LocatedValue>();
  const perSource = new Map<string, LocatedValue[]>();
  for (const v of values) {
    if (!perSource.has(v.source)) perSource.set(v.source, []);
    perSource.get(v.source)!.push(v);
  }
  for (const list of perSource.values()) {
    const byStart = [...list].sort((x, y) => x.value.start - y.value.start);
    const byEnd = [...list].sort((x, y) => x.value.end - y.value.end);
    let k = -1;
    for (const v of byStart) {
      while (k + 1 < byEnd.length && byEnd[k + 1]!.value.end <= v.value.start) k++;
      if (k >= 0) prevOf.set(v, byEnd[k]!);
    }
  }
  const primary = values.filter((v) => !isRestatement(byDoc.get(v.source)!, v, prevOf));
  const bySentence = new Map<string, LocatedValue[]>();
  for (const v of primary) {
    const k = key(v.source, v.sentence);
    if (!bySentence.has(k)) bySentence.set(k, []);
    bySentence.get(k)!.push(v);
  }
  const context = new Map(values.map((v) => [v, contextOf(byDoc.get(v.source)!, v, tokensOf.get(key(v.source, v.sentence)) ?? [])]));
  // Each value's dimension and reading, worked out once: the sentence pairs below compare them for
  // every pair of values (the strings were built again at each comparison).
  const dimensions = new Map(values.map((v) => [v, dimensionOf(v.value)]));
  const dim = (v: LocatedValue) => dimensions.get(v) ?? dimensionOf(v.value);
  const readings = new Map(values.map((v) => [v, `${dim(v)}=${v.value.low}:${v.value.high}`]));
  const reading = (v: LocatedValue) => readings.get(v) ?? `${dim(v)}=${v.value.low}:${v.value.high}`;
  const lonely = new Map<LocatedValue, boolean>();
  const lone = (v: LocatedValue) => {
    let hit = lonely.get(v);
    if (hit === undefined) {
      const d = dim(v);
      hit = (bySentence.get(key(v.source, v.sentence)) ?? []).filter((x) => dim(x) === d).length === 1;
      lonely.set(v, hit);
    }
    return hit;
  };

  const pairs: ValuePair[] = [];
  // A pair is known by its two values' places (source and start), each place numbered once: a key
  // string per pair was much of the work on a big story (hundreds of thousands of pairs).
  const places = new Map<string, number>();
  const placeOf = new Map<LocatedValue, number>();
  for (const v of values) {
    const k = `${v.source}:${v.value.start}`;
    let place = places.get(k);
    if (place === undefined) places.set(k, (place = places.size));
    placeOf.set(v, place);
  }
  const paired: Array<Set<number> | undefined> = [];
  const add = (a: LocatedValue, b: LocatedValue, strength: number) => {
    const pa = placeOf.get(a)!;
    const pb = placeOf.get(b)!;
    const partnersOf = (paired[pa] ??= new Set<number>());
    if (partnersOf.has(pb)) return;
    partnersOf.add(pb);
    pairs.push(valuePair(a, b, strength));
  };
  const groups = [...bySentence.values()];
  const items = groups.map((g) => {
    const v = g[0]!;
    return { source: v.source, terms: terms.get(v.source)?.get(v.sentence) ?? new Set<string>(), facts: inFacts.get(v.source)?.[v.sentence] };
  });
  const numbering = termNumbering();
  const termNumbers = items.map((it) => numbering.number(it.terms));
  // Kinds of value in each sentence: two sentences with none in common have nothing to compare.
  // Each sentence's kinds as numbers (numbered as first seen), a short list to test pair by pair.
  const dimensionNumbers = new Map<string, number>();
  const groupDimensions = groups.map((g) => {
    const numbers: number[] = [];
    for (const v of g) {
      const d = dim(v);
      let k = dimensionNumbers.get(d);
      if (k === undefined) dimensionNumbers.set(d, (k = dimensionNumbers.size));
      if (!numbers.includes(k)) numbers.push(k);
    }
    return Int32Array.from(numbers);
  });
  const shareDimension = (i: number, j: number) => {
    const a = groupDimensions[i]!;
    const b = groupDimensions[j]!;
    for (let x = 0; x < a.length; x++) for (let y = 0; y < b.length; y++) if (a[x] === b[y]) return true;
    return false;
  };
  // Each sentence's facts as ascending numbers, numbered when first needed: two sentences share a
  // fact when the lists share a number.
  const factNumbers = new Map<string, number>();
  const sentenceFacts: Array<Int32Array | undefined> = [];
  const factsOf = (i: number) => {
    let out = sentenceFacts[i];
    if (out === undefined) {
      const ids = items[i]!.facts ?? [];
      const numbers: number[] = [];
      for (const id of ids) {
        let k = factNumbers.get(id);
        if (k === undefined) factNumbers.set(id, (k = factNumbers.size));
        numbers.push(k);
      }
      sentenceFacts[i] = out = Int32Array.from(numbers).sort();
    }
    return out;
  };
  // Each sentence's readings, worked out once per sentence when first needed.
  const groupReadings: Array<ReadonlySet<string> | undefined> = [];
  const readingsOf = (i: number) => (groupReadings[i] ??= new Set(groups[i]!.map(reading)));
  // Values both sentences state are settled; what is left of a dimension on each side may be one slot.
  const open = (g: readonly LocatedValue[], other: ReadonlySet<string>, v: LocatedValue) => {
    const d = dim(v);
    let n = 0;
    for (const x of g) if (dim(x) === d && !other.has(reading(x))) n++;
    return n === 1;
  };
  // Each sentence's values beside one another, worked out once per sentence when first needed.
  const besides = new Map<number, Map<LocatedValue, Set<string>>>();
  const besideOf = (i: number) => {
    let m = besides.get(i);
    if (!m) besides.set(i, (m = besideReadings(byDoc.get(groups[i]![0]!.source)!, groups[i]!, reading)));
    return m;
  };
  // Everything compared below is read from the two sentences' wordings (text, tokens, values, terms)
  // and whether they share a fact: two pairs alike in those are compared once, and the second gets
  // the first one's pairs of values by their places in the sentences (a big story's outlets repeat
  // the same sentences hundreds of times).
  const wording = wordingNumberer();
  const wordingIds: number[] = [];
  const wordingOf = (i: number) => {
    let id = wordingIds[i];
    if (id === undefined) {
      const g = groups[i]!;
      const v = g[0]!;
      const doc = byDoc.get(v.source)!;
      const s = doc.sentences[v.sentence];
      const tokens = tokensOf.get(key(v.source, v.sentence)) ?? [];
      const start = s?.start ?? v.value.start;
      const end = s?.end ?? v.value.end;
      const extra = termNumbers[i]!.join(",");
      wordingIds[i] = id = wording.number({ text: doc.article.text, start, end, tokens, values: g.map((x) => x.value), extra });
    }
    return id;
  };
  const NO_PAIRS: readonly number[] = [];
  // By the first sentence's wording, then the second's and whether they share a fact.
  const compared: Array<Map<number, readonly number[]> | undefined> = [];
  const numbered = { terms: (i: number) => termNumbers[i]!, names: numbering.names };
  forEachCandidatePair(items, { accept: shareDimension, numbered }, (i, j) => {
    // (The candidates are of two sources: the items' sources are the groups'.)
    const ga = groups[i]!;
    const gb = groups[j]!;
    // The items hold each sentence's fact ids and terms, looked up once per sentence (and numbered).
    const sameFact = items[i]!.facts !== undefined && items[j]!.facts !== undefined && sharedTerms(factsOf(i), factsOf(j)) > 0;
    // Sentences that share no fact and too few terms have no values to pair (`compareSentences`
    // would find none): most candidates of a pooled corpus, left before their wordings are read.
    if (!sameFact && !mayMatch(sharedTerms(termNumbers[i]!, termNumbers[j]!), termNumbers[i]!.length + termNumbers[j]!.length)) return;
    const wa = wordingOf(i);
    const wb = wordingOf(j);
    let found: readonly number[] | undefined;
    // Two wordings seen once each are one pair so far: compared directly, without keeping the answer
    // (in a story of distinct reports that is nearly every pair).
    if (wording.sentences(wa) === 1 && wording.sentences(wb) === 1) found = compareSentences(i, j, sameFact);
    else {
      const byWording = (compared[wa] ??= new Map());
      const k = wb * 2 + (sameFact ? 1 : 0);
      found = byWording.get(k);
      if (found === undefined) byWording.set(k, (found = compareSentences(i, j, sameFact)));
    }
    for (let x = 0; x < found.length; x += 3) add(ga[found[x]!]!, gb[found[x + 1]!]!, found[x + 2]!);
  });
  // The pairs of values of sentences i and j, as (index in i, index in j, strength) triples, in order.
  function compareSentences(i: number, j: number, sameFact: boolean): readonly number[] {
    {
      const ga = groups[i]!;
      const gb = groups[j]!;
      const { jaccard, shared } = numberedOverlap(termNumbers[i]!, termNumbers[j]!);
      const strong = sameFact || (jaccard >= STRONG_JACCARD && shared >= MIN_SHARED);
      const weak = jaccard >= WEAK_JACCARD && shared >= MIN_SHARED;
      const loose = jaccard >= LOOSE_JACCARD && shared >= MIN_SHARED;
      if (!strong && !weak && !loose) return NO_PAIRS;
      // Loosely similar sentences dated differently tell of different events ("three suicide bombings
      // in the capital killed 27 people on Saturday" / "a car bomb killed at least three on Sunday").
      // The calendar dates themselves may still differ: that is then the disagreement ("in 1963" / "in 1966").
      const differentEvents = !sameFact && jaccard < SAME_WORDING && datesDiffer(ga, gb);
      const scored: Array<{ a: LocatedValue; b: LocatedValue; x: number; y: number; score: number; tie: number }> = [];
      const readA = readingsOf(i);
      const readB = readingsOf(j);
      const besideA = besideOf(i);
      const besideB = besideOf(j);
      const termsA = items[i]!.terms;
      const termsB = items[j]!.terms;
      for (let x = 0; x < ga.length; x++) for (let y = 0; y < gb.length; y++) {
        const a = ga[x]!;
        const b = gb[y]!;
        if (dim(a) !== dim(b)) continue;
        if (differentEvents && (a.value.kind !== "date" || a.value.precision === "weekday")) continue;
        // Both sentences state this number somewhere: "a 4-year-old boy ... his 20-year-old brother"
        // and "a 20-year-old man ... his 4-year-old brother" agree on the figures, whatever goes with which.
        const ra = reading(a);
        const rb = reading(b);
        if (ra !== rb && (readB.has(ra) || readA.has(rb))) continue;
        const ca = context.get(a)!;
        const cb = context.get(b)!;
        const sameSlot = sameSlotOf(a, b) || samePerson(a, b);
        // "duration" or "length" is every duration's predicate: only a verb ("undergo", "kill") is evidence.
        const predicate = a.value.slot?.predicate ?? "";
        const samePredicate = predicate !== "" && !KIND_PREDICATES.has(predicate) && predicate === b.value.slot?.predicate;
        // "the minimum age for buying tobacco from 18" / "the minimum age to purchase tobacco from 31":
        // one thing measured, told with different verbs. A count's subject is its own noun, no evidence.
        const subject = a.value.slot?.subject ?? "";
        const sameSubject = a.value.kind !== "count" && a.value.kind !== "date" && /^\p{Ll}/u.test(subject) && subject === b.value.slot?.subject;
        const compatible = compatibleSlots(a, b, terms);
        const onePerson = mayBeOnePersonAged(a, b);
        let contextScore = 0;
        if (ca.before && ca.before === cb.before) contextScore += 2;
        if (ca.after && ca.after === cb.after) contextScore += 2;
        // A figure both state right beside them is a shared neighbour too: "by 81% to $1,160" / "by 81% to $1,972".
        const nextToA = besideA.get(a);
        const nextToB = besideB.get(b);
        if (nextToA && nextToB && sharesAny(nextToA, nextToB)) contextScore += 2;
        // A date follows the same shared words in both: "pleaded not guilty on June 22 and was due to
        // return to court on July 6" / "was scheduled to return to court for a hearing on December 6"
        // (the nearest word both sentences use before the date is "court" for July 6, "guilty" for June 22).
        // Only in close paraphrases: in looser ones a shared word before two dates is often chance.
        if (strong && a.value.kind === "date" && contextScore < 2) {
          const anchorA = sharedAnchor(tokensOf.get(key(a.source, a.sentence)) ?? [], a, termsB);
          if (anchorA !== undefined && anchorA === sharedAnchor(tokensOf.get(key(b.source, b.sentence)) ?? [], b, termsA)) contextScore += 2;
        }
        let score = contextScore;
        if (sameSlot) score += 2;
        else if (samePredicate || onePerson || sameSubject) score += 1;
        const bothOpen = open(ga, readB, a) && open(gb, readA, b);
        const single = (lone(a) && lone(b)) || bothOpen;
        if (single) score += 1;
        // Both sentences give the same figure and one more of its kind: the two others are one figure
        // told differently ("3 feet apart ... the usual 6 feet" / "from 6 feet to 8 feet"), unless
        // told with two verbs ("12 people were arrested" / "13 people are in custody").
        const twoVerbs = (a.value.slot?.predicate ?? "") !== (b.value.slot?.predicate ?? "");
        if (bothOpen && !twoVerbs && ga.some((x) => x !== a && dim(x) === dim(a) && readB.has(reading(x)))) score += 1;
        // The same counted noun ("17 Republicans" / "29 Republicans") in sentences that say the same
        // thing is itself evidence of one slot.
        let nearShared = 0;
        for (const w of ca.near) if (cb.near.has(w)) nearShared++;
        // In looser sentences, the words around the two counts must agree too: "the Rockies handed out
        // 15,000 jerseys with the All-Star shortstop's name" / "the Rockies gave out 25,500 replica jerseys
        // honoring All-Star shortstop".
        const nearAgree = weak && nearShared >= MIN_NEAR_SHARED;
        if ((strong || samePredicate || nearAgree) && a.value.kind === "count" && a.value.unit !== "age") score += 1;
        // Ages belong to people: two ages of differently named people never pair ("a 4-year-old boy"
        // and "his mother" neither; "a 20-year-old man" and "his 20-year-old brother" may be one).
        if (a.value.unit === "age" && !sameSlot && !onePerson && a.value.slot?.subject && b.value.slot?.subject) continue;
        // "nine years of doubts" is a length, "two years after the show" an offset.
        if (a.value.slot?.predicate === "offset" || b.value.slot?.predicate === "offset") {
          if (a.value.slot?.predicate !== b.value.slot?.predicate) continue;
        }
        if (!compatible && !sameSlot) score -= 2;
        // "$1,400 checks" and "a $1.9 trillion package": figures that far apart measure different things.
        // Only sentences that share enough may overrule it: "125 people had died across the country" on
        // one day is not "more than 7,500 people have now died" in a sentence that shares three words.
        if (a.value.kind !== "date" && magnitudeRatio(a, b) > MAX_RATIO && !(sameSlot && contextScore >= 2 && (strong || weak))) continue;
        // "confirmed Wednesday" and "found Tuesday" date different actions.
        const pa = a.value.slot?.predicate ?? "";
        const pb = b.value.slot?.predicate ?? "";
        const weekday = a.value.precision === "weekday" || b.value.precision === "weekday";
        // Running stories have a press conference every day: a weekday differs only in one report told twice.
        if (weekday && !sameFact && jaccard < SAME_WORDING) continue;
        if (a.value.kind === "date" && pa && pb && pa !== pb && contextScore < 2 && (!strong || weekday)) continue;
        // A bare number ("Game 5", "No. 1") needs its own words to agree, not just its sentence.
        // In looser sentences both its neighbours must agree ("a warrant at [5012] Powell Drive").
        // In close paraphrases, the only figure of each, told with the same verb, is one figure: "Job
        // openings in the US soar to record 9.3 million" / "Job openings soar to record high 14.3 million".
        const onlyFigures = samePredicate && lone(a) && lone(b);
        if (a.value.kind === "number" && (strong ? contextScore < 2 && !sameSubject && !onlyFigures : !weak || contextScore < 4)) continue;
        // Sentences that share little are one report only where the values' neighbouring words agree
        // too ("'20 minutes of action'" / "'34 minutes of action'"), and neither is one of a list
        // ("$14,006 on a venue, $3,587 on a band" is no one figure).
        if (!strong && !weak && (!single || contextScore < 2)) continue;
        // Between equals, the same word right before ("to 21" / "to 36") decides.
        const tie = ca.adjacent !== undefined && ca.adjacent === cb.adjacent ? 1 : 0;
        if (score >= (strong ? 1 : weak ? 2 : 3)) scored.push({ a, b, x, y, score, tie });
      }
      // One to one, best evidence first: "fled in 1950 ... snatched in May 1960" pairs each year with its own.
      const usedA = new Set<LocatedValue>();
      const usedB = new Set<LocatedValue>();
      const tier = strong ? 2 : weak ? 1 : 0;
      if (scored.length === 0) return NO_PAIRS;
      const out: number[] = [];
      for (const { a, b, x, y, score } of scored.sort((p, q) => q.score - p.score || q.tie - p.tie)) {
        if (usedA.has(a) || usedB.has(b)) continue;
        usedA.add(a);
        usedB.add(b);
        out.push(x, y, score + tier);
      }
      return out;
    }
  }
  // "2,700 km (1,680 miles)" / "2,700 km (2,856 miles)": the restatements of two paired values measure
  // the same thing too (restatements are left out of the sentence matching above, so one figure is not
  // counted twice).
  const restatementOf = new Map<LocatedValue, LocatedValue>();
  for (const v of values) if (isRestatement(byDoc.get(v.source)!, v, prevOf)) restatementOf.set(prevOf.get(v)!, v);
  for (const p of [...pairs]) {
    const ra = restatementOf.get(p[0]);
    const rb = restatementOf.get(p[1]);
    if (ra && rb && dimensionOf(ra.value) === dimensionOf(rb.value)) add(ra, rb, p.strength);
  }
  // Strong slots pair across the whole story. Grouped by slot, each value meets the first value of
  // every other reading (and the first of its own from another source): enough for every source to
  // stand behind its reading, without comparing every pair (2,000 articles all give the length).
  const bySlot = new Map<string, LocatedValue[]>();
  for (const a of primary) {
    const k = isStrongSlot(a) ? slotKey(a) : undefined;
    if (k === undefined) continue;
    const g = `${k}|${dimensionOf(a.value)}`;
    if (!bySlot.has(g)) bySlot.set(g, []);
    bySlot.get(g)!.push(a);
  }
  for (const members of bySlot.values()) {
    const firstOf = new Map<string, LocatedValue>();
    for (const v of members) {
      const r = `${v.value.low}:${v.value.high}`;
      for (const [reading, rep] of firstOf) {
        if (rep.source === v.source) continue;
        if (reading !== r || rep !== v) add(rep, v, STRONG_SLOT_STRENGTH);
      }
      if (!firstOf.has(r)) firstOf.set(r, v);
    }
  }
  return pairs;
}
