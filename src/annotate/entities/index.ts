import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";
import type { EntityMention } from "../../model/entity.js";
import type { Warning } from "../../model/span.js";
import { isReportingVerb } from "../quotes/reporting-verbs.js";
import { classifyName } from "./classify-name.js";
import { findAppositionTitle } from "./find-apposition-title.js";
import { findNameRuns, opensSentence, tokenText } from "./find-name-runs.js";
import { isNotName } from "./not-names.js";
import { ORG_WORDS } from "./org-words.js";
import { isCommonPlural, readTypeHints, voteType } from "./read-type-hints.js";
import { splitTitle, titleBefore } from "./split-title.js";
import { isNationalityWord, TITLE_MODIFIERS } from "./titles.js";
import { isFirstNameOfPerson, isSurnameOfPerson, linkShortNames } from "./link-short-names.js";

interface Pending {
  mention: Omit<EntityMention, "type">;
  type: EntityMention["type"] | undefined;
}

/** Strip "'s" and "’" left on a name by the tokenizer. */
function trimPossessive(doc: Doc, first: number, last: number): number {
  let l = last;
  while (l > first && /^['’]s?$/.test(tokenText(doc, doc.tokens[l] ?? doc.tokens[first]!))) l--;
  return l;
}

/**
 * Stage: finds people, organisations and places (needs sentences, tokens; adds `entities`).
 * Names come from runs of capitalised tokens; titles ("Foreign Minister", "special envoy") are split
 * off and kept as the mention's `title`; months, weekdays, section labels and titles on their own
 * are dropped; compromise's tags are votes for the type.
 * @example annotateEntities(doc, options).entities[0] // { name: "Ada Brennan", type: "person", title: "Foreign Minister", ... }
 */
export function annotateEntities(doc: Doc, _options: Options): Doc {
  const text = doc.article.text;
  const hints = readTypeHints(text);
  const pending: Pending[] = [];
  for (const run of findNameRuns(doc)) {
    const last = trimPossessive(doc, run.first, run.last);
    const idx: number[] = [];
    for (let i = run.first; i <= last; i++) idx.push(i);
    const words = idx.map((i) => tokenText(doc, doc.tokens[i]!));
    let split = splitTitle(words);
    // "General Motors", "Justice Department": a "title" followed by an organisation word is the name.
    const restLower = words.slice(split.skip).map((w) => w.toLowerCase());
    if (split.skip > 0 && restLower.some((w) => ORG_WORDS.has(w))) split = { skip: 0, titleWords: 0, titleFrom: 0, honorific: false };
    let from = split.skip;
    let to = words.length;
    // "Envoy to the Middle East Steve Hale": a place or organisation run straight into a first name.
    for (let k = from + 1; k < words.length - 1; k++) {
      const tk = doc.tokens[idx[k]!]!;
      const prefix = voteType(hints, doc.tokens[idx[from]!]!.start, doc.tokens[idx[k - 1]!]!.end);
      const first = voteType(hints, tk.start, tk.end);
      // compromise reads "East Steve Hale" as a person, so the prefix's own votes cannot be trusted;
      // a first name after two or more words that hold none starts the name.
      if ((first.get("firstName") ?? 0) > 0 && (prefix.get("firstName") ?? 0) === 0 && k - from >= 2) {
        from = k;
        break;
      }
    }
    while (from < to && isNotName(words[from]!.toLowerCase())) from++;
    while (to > from && isNotName(words[to - 1]!.toLowerCase())) to--;
    // A run of connectors' leftovers ("of") is not a name.
    while (from < to && /^\p{Ll}/u.test(words[from]!)) from++;
    while (to > from && /^\p{Ll}/u.test(words[to - 1]!)) to--;
    if (from >= to) continue;
    const a = doc.tokens[idx[from]!]!;
    const b = doc.tokens[idx[to - 1]!]!;
    const name = text.slice(a.start, b.end);
    const mention: Omit<EntityMention, "type"> = { start: a.start, end: b.end, name };
    if (split.titleWords > 0) {
      let ta = doc.tokens[idx[split.titleFrom]!]!;
      // "former U.S. Ambassador Jo Marlow": lower-case qualifiers before the run belong to the title.
      for (let k = run.first - 1; split.titleFrom === 0 && k >= 0; k--) {
        const t = doc.tokens[k]!;
        if (t.sentence !== a.sentence || !TITLE_MODIFIERS.has(tokenText(doc, t))) break;
        ta = t;
      }
      const tb = doc.tokens[idx[split.titleFrom + split.titleWords - 1]!]!;
      Object.assign(mention, { title: text.slice(ta.start, tb.end), titleSpan: { start: ta.start, end: tb.end } });
    } else {
      // A lower-case title right before the name: "special envoy Tom Hale".
      const before: number[] = [];
      for (let k = run.first - 1; k >= 0 && before.length < 6; k--) {
        const t = doc.tokens[k]!;
        if (t.sentence !== a.sentence || !/^[\p{L}.-]+$/u.test(tokenText(doc, t))) break;
        before.unshift(k);
      }
      const n = titleBefore(before.map((k) => tokenText(doc, doc.tokens[k]!)));
      if (n > 0) {
        const ta = doc.tokens[before[before.length - n]!]!;
        const tb = doc.tokens[before[before.length - 1]!]!;
        Object.assign(mention, { title: text.slice(ta.start, tb.end), titleSpan: { start: ta.start, end: tb.end } });
      } else if (to === words.length && last === run.last) {
        const app = findAppositionTitle(doc, run.last);
        if (app) Object.assign(mention, { title: app.title, titleSpan: app.span });
      }
    }
    const nameWords = words.slice(from, to);
    const next = doc.tokens[run.last + 1];
    // A demonym or a hyphenated compound used as a modifier is not a name: "Tervian officials",
    // "Arland-Tervia talks" (but "Ana Ruiz-Vidal said" is).
    const modifies = next && next.sentence === a.sentence && /^\p{Ll}/u.test(tokenText(doc, next)) && (next.pos === "NOUN" || next.pos === "ADJ");
    if (modifies && last === run.last && (nameWords.length === 1 && isNationalityWord(nameWords[0]!) || (nameWords.length === 1 && /-/.test(name)) || /^[^ ]+-[^ ]+$/.test(name))) continue;
    const type = classifyName({
      words: nameWords,
      hasTitle: mention.title !== undefined,
      honorific: split.honorific,
      votes: voteType(hints, a.start, b.end),
      speaks: Boolean(next && next.sentence === a.sentence && isReportingVerb(next.lemma)),
      initialCommonNoun: nameWords.length === 1 && opensSentence(doc, idx[from]!) && isCommonPlural(nameWords[0]!),
      afterPlacePreposition: /^(in|at|near|from|outside|across)$/i.test(tokenText(doc, doc.tokens[run.first - 1] ?? a)),
    });
    pending.push({ mention, type });
  }
  const typed = pending.filter((p) => p.type).map((p) => ({ ...p.mention, type: p.type! }) as EntityMention);
  // Lone words no rule typed: keep them when they are the surname of a person named in full.
  const all = pending
    .map((p) =>
      p.type
        ? ({ ...p.mention, type: p.type } as EntityMention)
        : isSurnameOfPerson(p.mention.name, typed) || isFirstNameOfPerson(p.mention.name, typed)
          ? ({ ...p.mention, type: "person" } as EntityMention)
          : undefined,
    )
    .filter((m): m is EntityMention => m !== undefined);
  // A surname typed otherwise by compromise ("Brennan" as a place) follows the full name's type.
  const retyped = all.map((m) => (m.type !== "person" && !m.name.includes(" ") && isSurnameOfPerson(m.name, typed) ? { ...m, type: "person" as const } : m));
  const warnings: Warning[] = [];
  return { ...doc, entities: linkShortNames(retyped), warnings: [...doc.warnings, ...warnings] };
}
