import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";
import type { EntityMention } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import { findNameRuns, type NameRun, opensSentence, tokenAt, tokenText } from "./find-name-runs.js";
import { isFirstNameOfPerson, isSurnameOfPerson, linkShortNames } from "./link-short-names.js";
import { type Pending, prepareRun, readRun } from "./read-run.js";
import { prefetchCommonPlurals, readRunTypeHints, runWindow, type TypeHints } from "./read-type-hints.js";

/**
 * Each run read as a mention. compromise (~8 ms an article) is asked only about the runs whose
 * reading needs its votes: each run is first read with hints that record being looked at, and a run
 * that never looked (a titled name, a place word, a month) is done. compromise then reads the
 * windows of the voted runs that overlap a run that looked (the votes of a run are the hint spans
 * over it, and those come only from windows over it), so every run gets the votes it always got.
 */
function readRuns(doc: Doc, runs: readonly NameRun[], spans: readonly Span[], voted: readonly Span[]): Array<Pending | undefined> {
  let looked = false;
  const probe: TypeHints = {
    get spans() {
      looked = true;
      return [];
    },
  };
  const prepared = runs.map((run) => prepareRun(doc, run));
  const first = runs.map((run, i) => {
    looked = false;
    const p = readRun(doc, run, probe, prepared[i]);
    return looked ? "needs votes" : p;
  });
  const needing = spans.filter((_, i) => first[i] === "needs votes");
  if (needing.length === 0) return first as Array<Pending | undefined>;
  const text = doc.article.text;
  // Both lists are in text order: walk them together to find the voted windows over a needing run.
  const asked: Span[] = [];
  let k = 0;
  for (const sp of voted) {
    const w = runWindow(text, sp);
    while (k < needing.length && (needing[k] as Span).end <= w.start) k++;
    for (let j = k; j < needing.length && (needing[j] as Span).start < w.end; j++) {
      if ((needing[j] as Span).end > w.start) {
        asked.push(sp);
        break;
      }
    }
  }
  const hints = readRunTypeHints(text, asked);
  return first.map((p, i) => (p === "needs votes" ? readRun(doc, runs[i] as NameRun, hints, prepared[i]) : p));
}

/**
 * Stage: finds people, organisations and places (needs sentences, tokens; adds `entities`).
 * Names come from runs of capitalised tokens; titles ("Foreign Minister", "special envoy") are split
 * off and kept as the mention's `title`; months, weekdays, section labels and titles on their own
 * are dropped; compromise's tags are votes for the type. A surname or first name alone is typed and
 * linked (`full`) by the person named in full in the same article.
 * @example annotateEntities(doc, options).entities[0] // { name: "Ada Brennan", type: "person", title: "Foreign Minister", ... }
 */
export function annotateEntities(doc: Doc, _options: Options): Doc {
  const runs = findNameRuns(doc);
  const spans = runs.map((r) => ({ start: doc.tokens[r.first]?.start ?? 0, end: doc.tokens[r.last]?.end ?? 0 }));
  // A lone word that ends a longer run of the article ("Brennan" after "Ada Brennan") is typed by
  // that name below, whatever compromise says: it needs no votes, and such repeats are most runs.
  const text = doc.article.text;
  const tails = new Set<string>();
  for (const sp of spans) {
    const words = text.slice(sp.start, sp.end).split(/\s+/);
    if (words.length > 1) tails.add((words[words.length - 1] ?? "").replace(/['’]s?$/, "").toLowerCase());
  }
  const voted = spans.filter((sp) => {
    const word = text.slice(sp.start, sp.end);
    return /\s/.test(word) || !tails.has(word.replace(/['’]s?$/, "").toLowerCase());
  });
  // A lone name that opens a sentence may be asked whether it is a plural noun ("Officials said"):
  // those words are read in one batch.
  prefetchCommonPlurals(runs.filter((r) => opensSentence(doc, r.first)).map((r) => tokenText(doc, tokenAt(doc, r.first))));
  const pending = readRuns(doc, runs, spans, voted);
  const typed: EntityMention[] = pending.flatMap((p) => (p?.type ? [{ ...p.mention, type: p.type }] : []));
  const all: EntityMention[] = pending.flatMap((p): EntityMention[] => {
    if (!p) return [];
    const word = p.mention.name;
    const person = !word.includes(" ") && (isSurnameOfPerson(word, typed) || isFirstNameOfPerson(word, typed));
    // Lone words no rule typed, and surnames compromise typed otherwise ("Brennan" as a place),
    // follow the person named in full.
    if (person && (p.type === undefined || (p.type !== "person" && isSurnameOfPerson(word, typed)))) return [{ ...p.mention, type: "person" }];
    if (p.type) return [{ ...p.mention, type: p.type }];
    // A name typed elsewhere in the article ("President Hale" ... "Hale set the agenda") keeps that type.
    const same = typed.find((m) => m.name === word);
    return same ? [{ ...p.mention, type: same.type }] : [];
  });
  return { ...doc, entities: linkShortNames(all) };
}
