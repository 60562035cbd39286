import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";
import type { EntityMention } from "../../model/entity.js";
import { findNameRuns } from "./find-name-runs.js";
import { isFirstNameOfPerson, isSurnameOfPerson, linkShortNames } from "./link-short-names.js";
import { readLexiconVotes } from "./lexicon-votes.js";
import { readRun } from "./read-run.js";

/**
 * Stage: finds people, organisations and places (needs sentences, tokens; adds `entities`).
 * Names come from runs of capitalised tokens; titles ("Foreign Minister", "special envoy") are split
 * off and kept as the mention's `title`; months, weekdays, section labels and titles on their own
 * are dropped; compromise's lexicon gives votes for the type (lexicon-votes.ts). A surname or first name alone is typed and
 * linked (`full`) by the person named in full in the same article.
 * @example annotateEntities(doc, options).entities[0] // { name: "Ada Brennan", type: "person", title: "Foreign Minister", ... }
 */
export function annotateEntities(doc: Doc, _options: Options): Doc {
  const runs = findNameRuns(doc);
  const spans = runs.map((r) => ({ start: doc.tokens[r.first]?.start ?? 0, end: doc.tokens[r.last]?.end ?? 0 }));
  const hints = readLexiconVotes(doc.article.text, spans);
  const pending = runs.map((run) => readRun(doc, run, hints));
  const typed: EntityMention[] = pending.flatMap((p) => (p?.type ? [{ ...p.mention, type: p.type }] : []));
  const all: EntityMention[] = pending.flatMap((p): EntityMention[] => {
    if (!p) return [];
    const word = p.mention.name;
    const person = !word.includes(" ") && (isSurnameOfPerson(word, typed) || isFirstNameOfPerson(word, typed));
    // Lone words no rule typed, and surnames the votes typed otherwise ("Brennan" as a place),
    // follow the person named in full.
    if (person && (p.type === undefined || (p.type !== "person" && isSurnameOfPerson(word, typed))))
      return [{ ...p.mention, type: "person" }];
    if (p.type) return [{ ...p.mention, type: p.type }];
    // A name typed elsewhere in the article ("President Hale" ... "Hale set the agenda") keeps that type.
    const same = typed.find((m) => m.name === word);
    return same ? [{ ...p.mention, type: same.type }] : [];
  });
  return { ...doc, entities: linkShortNames(all) };
}
