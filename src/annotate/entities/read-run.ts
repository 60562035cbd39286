import type { Doc } from "../../model/doc.js";
import type { EntityMention } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import { isReportingVerb } from "../quotes/reporting-verbs.js";
import { classifyName } from "./classify-name.js";
import { findAppositionTitle } from "./find-apposition-title.js";
import { type NameRun, opensSentence, tokenAt, tokenText } from "./find-name-runs.js";
import { isNotName } from "./not-names.js";
import { ORG_WORDS } from "./org-words.js";
import { isLexiconPlural } from "./lexicon-votes.js";
import { type TypeHints, voteType } from "./type-hints.js";
import { splitTitle, type TitleSplit, titleBefore } from "./split-title.js";
import { isNationalityWord, TITLE_MODIFIERS } from "./titles.js";

/** A mention read from one run, typed or (when no rule could tell) not yet. */
export interface Pending {
  mention: Omit<EntityMention, "type">;
  type: EntityMention["type"] | undefined;
}

const NO_TITLE: TitleSplit = { skip: 0, titleWords: 0, titleFrom: 0, honorific: false };

/** Strip "'s" and "’" left on a name by the tokenizer; returns the new last token index. */
function trimPossessive(doc: Doc, first: number, last: number): number {
  let l = last;
  while (l > first && /^['’]s?$/.test(tokenText(doc, tokenAt(doc, l)))) l--;
  return l;
}

/**
 * Where the name starts and ends among the run's words, after its title: past a place run straight
 * into a first name ("Envoy to the Middle East Steve Hale"), months and weekdays at the edges and
 * connectors left over ("of").
 */
function boundName(words: readonly string[], idx: readonly number[], skip: number, doc: Doc, hints: TypeHints): [number, number] {
  let from = skip;
  let to = words.length;
  const at = (k: number) => tokenAt(doc, idx[k] as number);
  for (let k = from + 2; k < words.length - 1; k++) {
    // The votes read "East Steve Hale" as a person, so the prefix's own votes cannot be trusted;
    // a first name after two or more words that hold none starts the name.
    const prefix = voteType(hints, at(from).start, at(k - 1).end);
    const first = voteType(hints, at(k).start, at(k).end);
    if ((first.get("firstName") ?? 0) > 0 && (prefix.get("firstName") ?? 0) === 0) {
      from = k;
      break;
    }
  }
  const word = (k: number) => words[k] ?? "";
  while (from < to && isNotName(word(from).toLowerCase())) from++;
  while (to > from && isNotName(word(to - 1).toLowerCase())) to--;
  while (from < to && /^\p{Ll}/u.test(word(from))) from++;
  while (to > from && /^\p{Ll}/u.test(word(to - 1))) to--;
  return [from, to];
}

/**
 * The title written with a name: inside the run ("Foreign Minister Ada Brennan", with lower-case
 * qualifiers before it: "former U.S. Ambassador"), lower case right before it ("special envoy Tom
 * Hale"), or in an apposition after it ("Tom Hale, a presidential aide,").
 */
function findTitle(
  doc: Doc,
  run: NameRun,
  idx: readonly number[],
  split: TitleSplit,
  nameEndsRun: boolean,
): { title: string; titleSpan: Span } | undefined {
  const text = doc.article.text;
  const sentence = tokenAt(doc, run.first).sentence;
  if (split.titleWords > 0) {
    let ta = tokenAt(doc, idx[split.titleFrom] as number);
    for (let k = run.first - 1; split.titleFrom === 0 && k >= 0; k--) {
      const t = tokenAt(doc, k);
      if (t.sentence !== sentence || !TITLE_MODIFIERS.has(tokenText(doc, t))) break;
      ta = t;
    }
    const tb = tokenAt(doc, idx[split.titleFrom + split.titleWords - 1] as number);
    return { title: text.slice(ta.start, tb.end), titleSpan: { start: ta.start, end: tb.end } };
  }
  const before: number[] = [];
  for (let k = run.first - 1; k >= 0 && before.length < 6; k--) {
    const t = tokenAt(doc, k);
    if (t.sentence !== sentence || !/^[\p{L}.-]+$/u.test(tokenText(doc, t))) break;
    before.unshift(k);
  }
  const n = titleBefore(before.map((k) => tokenText(doc, tokenAt(doc, k))));
  if (n > 0) {
    const ta = tokenAt(doc, before[before.length - n] as number);
    const tb = tokenAt(doc, before[before.length - 1] as number);
    return { title: text.slice(ta.start, tb.end), titleSpan: { start: ta.start, end: tb.end } };
  }
  if (!nameEndsRun) return undefined;
  const app = findAppositionTitle(doc, run.last);
  return app ? { title: app.title, titleSpan: app.span } : undefined;
}

/** A run's words without a trailing "'s", with the title split off its front. */
function prepareRun(doc: Doc, run: NameRun) {
  const last = trimPossessive(doc, run.first, run.last);
  const idx: number[] = [];
  for (let i = run.first; i <= last; i++) idx.push(i);
  const words = idx.map((i) => tokenText(doc, tokenAt(doc, i)));
  let split = splitTitle(words);
  // "General Motors", "Justice Department": a "title" followed by an organisation word is the name.
  if (split.skip > 0 && words.slice(split.skip).some((w) => ORG_WORDS.has(w.toLowerCase()))) split = NO_TITLE;
  return { last, idx, words, split };
}

/**
 * Read one run of capitalised tokens as a mention: split off its title, bound the name, and type it.
 * Returns undefined when nothing of the run is a name ("the President", "Monday", "Tervian officials").
 */
export function readRun(doc: Doc, run: NameRun, hints: TypeHints): Pending | undefined {
  const text = doc.article.text;
  const { last, idx, words, split } = prepareRun(doc, run);
  const [from, to] = boundName(words, idx, split.skip, doc, hints);
  if (from >= to) return undefined;
  const a = tokenAt(doc, idx[from] as number);
  const b = tokenAt(doc, idx[to - 1] as number);
  const name = text.slice(a.start, b.end);
  const nameWords = words.slice(from, to);
  const next = doc.tokens[run.last + 1];
  const sameSentence = next !== undefined && next.sentence === a.sentence;
  // A demonym or a hyphenated compound used as a modifier is not a name: "Tervian officials",
  // "Arland-Tervia talks" (but "Ana Ruiz-Vidal said" is).
  const modifies = sameSentence && /^\p{Ll}/u.test(tokenText(doc, next)) && (next.pos === "NOUN" || next.pos === "ADJ");
  const modifierForm = (nameWords.length === 1 && (isNationalityWord(name) || name.includes("-"))) || /^[^ ]+-[^ ]+$/.test(name);
  if (modifies && last === run.last && modifierForm) return undefined;
  const nameEndsRun = to === words.length && last === run.last;
  const title = findTitle(doc, run, idx, split, nameEndsRun);
  const mention: Omit<EntityMention, "type"> = { start: a.start, end: b.end, name, ...(title ?? {}) };
  const previous = doc.tokens[run.first - 1];
  // Votes and the plural test are read only when a rule asks for them (getters): a titled name or a
  // place word decides without them.
  const type = classifyName({
    words: nameWords,
    hasTitle: title !== undefined,
    honorific: split.honorific,
    get votes() {
      return voteType(hints, a.start, b.end);
    },
    speaks: sameSentence && isReportingVerb(next.lemma),
    get initialCommonNoun() {
      return nameWords.length === 1 && opensSentence(doc, idx[from] as number) && isLexiconPlural(name);
    },
    afterPlacePreposition: previous !== undefined && /^(in|at|near|from|outside|across)$/i.test(tokenText(doc, previous)),
  });
  return { mention, type };
}
