import type { Token } from "../../model/token.js";
import type { ValueMention } from "../../model/value.js";
import { DISTINGUISHING_MODIFIERS, eventGroupOf } from "./event-nouns.js";
import type { ValueDraft } from "./value-draft.js";

export type Slot = NonNullable<ValueMention["slot"]>;

/** A value that ends in a hyphenated word: "a 20-year", "a three-storey". */
const HYPHENATED_WORD_END = /-\p{L}+$/u;
/** Verbs too light to name what a value measures. */
const LIGHT_VERBS = new Set([
  "be", "have", "do", "will", "would", "can", "could", "may", "might", "should", "must", "say", "get", "make",
]);
const NOUNISH = new Set(["NOUN", "PROPN"]);
/** Nouns of time that follow a value without being what it measures ("fell 8% last year"). */
const TIME_NOUNS = new Set(["year", "month", "week", "day", "time", "today", "yesterday", "tomorrow", "night", "morning", "evening"]);

/** Predicate a kind of value always measures, whatever verb carries it. */
const KIND_PREDICATE: Partial<Record<ValueMention["kind"], string>> = {
  duration: "duration", distance: "length",
};

/**
 * The head of the noun phrase ending at token `i` (walking left over a noun compound), with any
 * distinguishing modifier ("next", "second") kept in front. "press conference" stays two words.
 */
function nounPhraseAt(tokens: readonly Token[], i: number, text: string, floor = 0): string | undefined {
  const head = tokens[i];
  if (!head || !NOUNISH.has(head.pos)) return undefined;
  let first = i;
  // `floor` is a character offset: the phrase never reaches back into the value ("31-second clip").
  while (first > 0 && (tokens[first - 1]?.start ?? 0) >= floor && NOUNISH.has(tokens[first - 1]?.pos ?? "") && first > i - 2) first--;
  const words = tokens.slice(first, i + 1).map((t) => t.lemma);
  const compound = words.join(" ");
  let subject = eventGroupOf(compound) ?? (words.length > 1 ? eventGroupOf(words.slice(-2).join(" ")) : undefined);
  if (!subject) {
    const h = eventGroupOf(head.lemma) ?? eventGroupOf(text.slice(head.start, head.end));
    // "summit meeting" is one meeting; "cabinet meeting" is a different one.
    const modifiersAreEvents = words.slice(0, -1).every((w) => eventGroupOf(w) === h);
    subject = h && modifiersAreEvents ? h : head.pos === "PROPN" ? text.slice(tokens[first]!.start, head.end) : compound;
  }
  for (let j = first - 1; j >= Math.max(0, first - 3); j--) {
    const t = tokens[j];
    if (t && t.start < floor) break;
    if (!t || !["ADJ", "ADV", "NUM", "VERB", "NOUN"].includes(t.pos) && t.pos !== "X") {
      if (t && t.pos !== "DET" && t.pos !== "PRON" && t.pos !== "PUNCT") break;
      continue;
    }
    const w = text.slice(t.start, t.end).toLowerCase();
    if (DISTINGUISHING_MODIFIERS.has(w) || DISTINGUISHING_MODIFIERS.has(t.lemma)) return `${w} ${subject}`;
  }
  return subject;
}

/** The noun a value modifies ("three-hour meeting", "2.5 hours of talks"), if it directly precedes one. */
function modifiedNoun(tokens: readonly Token[], after: number, text: string, money = false): string | undefined {
  let i = after;
  // "$60bn of American goods", "$34 billion in Chinese goods".
  if (tokens[i]?.lemma === "of" || (money && tokens[i]?.lemma === "in")) i++;
  // "a 19-year-old developmentally disabled man": adverbs of its adjectives too.
  while (tokens[i] && ["DET", "ADJ", "ADV"].includes(tokens[i]!.pos)) i++;
  if (!tokens[i] || !NOUNISH.has(tokens[i]!.pos)) return undefined;
  while (tokens[i + 1] && NOUNISH.has(tokens[i + 1]!.pos)) i++;
  return nounPhraseAt(tokens, i, text, tokens[after]?.start ?? 0);
}

/** How many tokens a list of modifiers may run before its noun. */
const MODIFIER_RUN = 7;

/**
 * The noun at the end of a list of modifiers after a comma: "a 46-inch, 1080p 10-finger touchscreen"
 * (the 46-inch measures the touchscreen). Only a run of numbers, adjectives, names ("4K"), nouns and hyphens counts.
 */
function nounAfterModifiers(tokens: readonly Token[], after: number, text: string): string | undefined {
  if (tokens[after]?.lemma !== ",") return undefined;
  let head: number | undefined;
  let floor = tokens[after]!.end;
  for (let i = after + 1; i < tokens.length && i <= after + MODIFIER_RUN; i++) {
    const t = tokens[i]!;
    // "10-finger" is a modifier, not part of the noun.
    if (t.pos === "NOUN" && tokens[i - 1]?.lemma === "-") floor = t.end;
    else if (t.pos === "NOUN") head = i;
    else if (!["NUM", "ADJ", "PROPN"].includes(t.pos) && t.lemma !== "-") break;
  }
  return head === undefined ? undefined : nounPhraseAt(tokens, head, text, floor);
}

/** The subject noun phrase before token `verb`, skipping "itself, however,". */
function subjectBefore(tokens: readonly Token[], verb: number, text: string, skip: ValueDraft): string | undefined {
  for (let i = verb - 1; i >= 0 && i >= verb - 8; i--) {
    const t = tokens[i]!;
    if (t.start < skip.end && skip.start < t.end) continue;
    if (NOUNISH.has(t.pos)) return nounPhraseAt(tokens, i, text);
    if (t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma)) return undefined;
  }
  return undefined;
}

/**
 * Attach a value to what it measures, from the sentence's tokens, without a parser: the noun the
 * value modifies, else the nearest content verb and its subject.
 * @example "The talks lasted about two and a half hours" -> { subject: "meeting", predicate: "duration" }
 */
export function attachSlot(value: ValueDraft, sentenceTokens: readonly Token[], text: string): Slot | undefined {
  const after = sentenceTokens.findIndex((t) => t.start >= value.end);
  const beforeEnd = sentenceTokens.findIndex((t) => t.end > value.start);
  const kindPredicate = KIND_PREDICATE[value.kind];
  const firstAfter = after < 0 ? sentenceTokens.length : after;
  const lastBefore = (beforeEnd < 0 ? sentenceTokens.length : beforeEnd) - 1;
  // A count's own noun is what it measures; the verb says what happened to it.
  if (value.kind === "count") {
    const verb = countSubjectVerb(sentenceTokens, lastBefore, firstAfter) ?? nearestVerb(sentenceTokens, lastBefore, firstAfter);
    // "the 7-year-old boy": an age belongs to the noun it modifies.
    if (value.unit === "age") return { subject: modifiedNoun(sentenceTokens, firstAfter, text) ?? "", predicate: "age" };
    return { subject: value.unit ?? "", predicate: verb?.lemma ?? "" };
  }
  // "seven hours after contact was lost" is an offset in time, not the length of anything.
  if (value.kind === "duration" && /^\s*(?:after|before|ago|later|earlier|since|into)\b/i.test(text.slice(value.end, value.end + 10))) {
    return { subject: "", predicate: "offset" };
  }
  const bareYear = value.kind === "date" && /^\d{4}$/.test(value.text);
  // "the mayor's July 25 call": a date right before an event noun dates that event.
  const nextIsEvent = value.kind === "date" && eventGroupOf(sentenceTokens[firstAfter]?.lemma ?? "") !== undefined;
  if ((value.kind !== "date" && value.kind !== "time") || bareYear || nextIsEvent) {
    const hyphenated = /-\s*$/.test(text.slice(value.end - 6, value.end)) || /^\s*-/.test(text.slice(value.end, value.end + 2));
    // "a 46-inch, 1080p 10-finger touchscreen": a measure written as one hyphened word, then a comma.
    const listed = HYPHENATED_WORD_END.test(value.text) ? nounAfterModifiers(sentenceTokens, firstAfter, text) : undefined;
    const noun = modifiedNoun(sentenceTokens, firstAfter, text, value.kind === "money") ?? listed;
    // "a $3 billion budget" modifies the noun; "12 billion dollars last year" does not.
    const next = sentenceTokens[firstAfter];
    const directlyBefore =
      next !== undefined && next.start - value.end <= 1 && NOUNISH.has(next.pos) && !TIME_NOUNS.has(next.lemma);
    const preposition = sentenceTokens[firstAfter]?.lemma === "of" || (value.kind === "money" && sentenceTokens[firstAfter]?.lemma === "in");
    if (noun && (directlyBefore || hyphenated || preposition || listed)) {
      const verb = nearestVerb(sentenceTokens, lastBefore, firstAfter);
      return { subject: noun, predicate: kindPredicate ?? verb?.lemma ?? "" };
    }
  }
  // "talks on Friday", "after meeting for around 2.5 hours": an event word just before the value names the event.
  for (let i = lastBefore; i >= 0 && i >= lastBefore - 3; i--) {
    const t = sentenceTokens[i]!;
    if (t.pos === "VERB" && !eventGroupOf(t.lemma)) break;
    const group = eventGroupOf(t.lemma);
    if (!group) continue;
    const subject = NOUNISH.has(t.pos) ? nounPhraseAt(sentenceTokens, i, text) : group;
    if (subject) return { subject, predicate: kindPredicate ?? nearestVerb(sentenceTokens, lastBefore, firstAfter)?.lemma ?? "" };
  }
  // "...has been possible for more than 600 years": a verb far back in another clause is not this value's.
  const reach = value.kind === "duration" ? 6 : Infinity;
  const verbIndex = nearestVerbIndex(sentenceTokens, lastBefore, firstAfter, reach);
  if (verbIndex === undefined) return kindPredicate ? { subject: "", predicate: kindPredicate } : undefined;
  const verb = sentenceTokens[verbIndex]!;
  const event = eventGroupOf(verb.lemma);
  const subject = event ?? subjectBefore(sentenceTokens, verbIndex, text, value) ?? "";
  return { subject, predicate: kindPredicate ?? verb.lemma };
}

/** Tokens between a counted noun and its verb: "had", "were", "not", "reportedly". */
const BETWEEN_SUBJECT_AND_VERB = new Set(["AUX", "PART", "ADV"]);
/** Tokens that may stand before a count at the head of its clause: "a total of", "as many as", "some". */
const BEFORE_SUBJECT = new Set(["DET", "ADJ", "ADP", "ADV", "NUM"]);

/**
 * The verb of which a count and its noun are the subject: "(officials said) a total of 125 people had
 * died" -> die. Only when the count heads its clause (nothing before it but a light verb such as
 * "said", a clause boundary or the start), so "the storm killed 12 people" keeps "kill".
 */
function countSubjectVerb(tokens: readonly Token[], lastBefore: number, firstAfter: number): Token | undefined {
  let i = firstAfter;
  let nouns = 0;
  while (tokens[i] && NOUNISH.has(tokens[i]!.pos) && nouns < 3) {
    i++;
    nouns++;
  }
  if (nouns === 0) return undefined;
  let between = 0;
  while (tokens[i] && BETWEEN_SUBJECT_AND_VERB.has(tokens[i]!.pos) && between < 3) {
    i++;
    between++;
  }
  const verb = tokens[i];
  if (verb?.pos !== "VERB" || LIGHT_VERBS.has(verb.lemma)) return undefined;
  for (let j = lastBefore; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.pos === "PUNCT" || t.pos === "SCONJ" || t.pos === "CCONJ" || t.pos === "AUX") return verb;
    if (t.pos === "VERB") return LIGHT_VERBS.has(t.lemma) ? verb : undefined;
    if (!BEFORE_SUBJECT.has(t.pos)) return undefined;
  }
  return verb;
}

function nearestVerbIndex(tokens: readonly Token[], lastBefore: number, firstAfter: number, reach = Infinity): number | undefined {
  for (let i = lastBefore; i >= 0 && lastBefore - i < reach; i--) {
    const t = tokens[i]!;
    if (t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma)) return i;
  }
  for (let i = firstAfter; i < tokens.length && i - firstAfter < reach; i++) {
    const t = tokens[i]!;
    if (t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma)) return i;
  }
  return undefined;
}

function nearestVerb(tokens: readonly Token[], lastBefore: number, firstAfter: number): Token | undefined {
  const i = nearestVerbIndex(tokens, lastBefore, firstAfter);
  return i === undefined ? undefined : tokens[i];
}
