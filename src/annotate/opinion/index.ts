import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";
import type { OpinionMark } from "../../model/opinion.js";
import type { Warning } from "../../model/span.js";
import { findCollectiveVoice } from "./find-collective-voice.js";
import { findStatementGenre } from "./find-statement-genre.js";
import { readSentenceViews, type SentenceView } from "./read-sentence-views.js";
import { markExclamation } from "./rules/mark-exclamation.js";
import { markClosingColumn } from "./rules/mark-closing-column.js";
import { markFirstPerson } from "./rules/mark-first-person.js";
import { findLoadedTerms } from "./rules/mark-loaded-terms.js";
import { markReaderAddress } from "./rules/mark-reader-address.js";
import { markRhetoricalQuestion } from "./rules/mark-rhetorical-question.js";
import { markSpeculation } from "./rules/mark-speculation.js";
import { markStance } from "./rules/mark-stance.js";
import type { SentenceFinding, SentenceRule } from "./rules/sentence-rule.js";

/** Sentence rules in order of precedence: the first that fires names the sentence's kind. */
export const OPINION_RULES: readonly SentenceRule[] = [
  markReaderAddress,
  markFirstPerson,
  markStance,
  markRhetoricalQuestion,
  markExclamation,
  markSpeculation,
];

/** A source is flagged as an opinion piece with at least this many marked sentences ... */
const MIN_PIECE_MARKS = 5;
/** ... making up at least this share of its own-voice sentences. */
const PIECE_SHARE = 0.4;

/** Kinds that make a whole sentence the outlet's opinion (the summary leaves these sentences out). */
export const SENTENCE_OPINION_KINDS: ReadonlySet<OpinionMark["kind"]> = new Set([
  "opinion", "analysis", "address", "first-person", "speculation",
]);

/**
 * Stage: marks outlet opinion and loaded language (needs sentences, tokens, quotes; adds `opinion`).
 * Every sentence-level mark covers a whole sentence; sentences that are quoted or attributed ("X
 * said", "according to") are reporting of an opinion and are never marked. Loaded words are marked
 * only in sentences that stay reporting, and only in the writer's own (unquoted) words.
 * @example annotateOpinion(doc, normalizeOptions()).opinion // [{ kind: "address", ... }]
 */
export function annotateOpinion(doc: Doc, _options: Options): Doc {
  const source = doc.article.id;
  const views = readSentenceViews(doc);
  // A press release or an organisation's own statement: its voice is the organisation's, reported. So
  // is a text that speaks mostly as "we" (a studio's statement, a fundraiser's page, a paper, remarks).
  const organisation = findStatementGenre(readOwnText(doc.article.text, views));
  const collective = organisation ? undefined : findCollectiveVoice(views);
  const statement = organisation ?? collective;
  const findings: Array<SentenceFinding | undefined> = views.map((v) => {
    if (statement || v.attribution || v.boilerplate || !endsLikeProse(v.text)) return undefined;
    for (const rule of OPINION_RULES) {
      const f = rule.find(v);
      if (f) return f;
    }
    return undefined;
  });
  // Every other cue counts only in an article where the writer is heard unmistakably somewhere: their
  // own "I" or an address to the reader. Alone in a report, a hedge, a question, an "Unfortunately,"
  // or a "we" is the report's set-up, transition or paraphrase, or an organisation's voice.
  if (!findings.some((f) => f?.strong)) findings.fill(undefined);
  const marks: OpinionMark[] = [];
  views.forEach((v, i) => {
    const f = findings[i];
    if (f) marks.push({ source, evidence: { source, start: v.sentence.start, end: v.sentence.end }, kind: f.kind, reason: f.reason });
  });
  for (const { view, finding } of markClosingColumn(views, findings)) {
    marks.push({ source, evidence: { source, start: view.sentence.start, end: view.sentence.end }, kind: finding.kind, reason: finding.reason });
  }
  const opinionSentences = new Set(marks.map((m) => m.evidence.start));
  for (const v of views) {
    if (v.boilerplate || opinionSentences.has(v.sentence.start)) continue;
    for (const hit of findLoadedTerms(v)) {
      marks.push({
        source,
        evidence: { source, start: hit.start, end: hit.end },
        kind: "loaded",
        reason: hit.entry.reason,
        term: hit.term,
        ...(hit.entry.neutral ? { neutral: hit.entry.neutral } : {}),
      });
    }
  }
  marks.sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
  const genre: Warning[] = organisation ? [{
    stage: "annotate/opinion",
    rule: "organisation-statement",
    source,
    reason: `this source reads as an organisation's or a candidate's own statement (${organisation}): its first person and verdicts are reported as theirs, not marked as the outlet's opinion`,
  }] : collective ? [{
    stage: "annotate/opinion",
    rule: "collective-voice",
    source,
    reason: `this source ${collective}: such a "we" is as often an organisation's, a team's or a speaker's as the outlet's, so none of its sentences is marked as the outlet's opinion`,
  }] : [];
  return { ...doc, opinion: [...doc.opinion, ...marks], warnings: [...doc.warnings, ...genre, ...warnOpinionPiece(source, views, marks)] };
}

/**
 * "I saw you, yes I saw you, comin' back to me": a line without a full stop, question or exclamation
 * mark is a verse, a heading, a caption or a list item, not a sentence of the writer's prose.
 */
function endsLikeProse(text: string): boolean {
  return /[.!?…]["'”’)\]]*\s*$/.test(text);
}

/** The article text with every quoted character blanked (same length, line breaks kept). */
function readOwnText(text: string, views: readonly SentenceView[]): string {
  // A sentence's `own` is its text with quoted characters blanked, so it stands in for the sentence's
  // span; the text between sentences is kept. (Sentences come in order and never overlap.)
  const pieces: string[] = [];
  let at = 0;
  for (const v of views) {
    const { start, end } = v.sentence;
    if (start < at || end - start !== v.own.length) return readOwnTextByChar(text, views);
    pieces.push(text.slice(at, start), v.own);
    at = end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/** readOwnText character by character: the definition, for sentences out of order or overlapping. */
function readOwnTextByChar(text: string, views: readonly SentenceView[]): string {
  const chars = text.split("");
  for (const v of views) {
    for (let i = 0; i < v.own.length; i++) if (v.own[i] === " " && v.text[i] !== " ") chars[v.sentence.start + i] = " ";
  }
  return chars.join("");
}

/** A source whose own voice is mostly opinion reads as a column or essay: say so once, as data. */
function warnOpinionPiece(source: string, views: readonly SentenceView[], marks: readonly OpinionMark[]): Warning[] {
  const voiced = views.filter((v) => !v.attribution && !v.boilerplate).length;
  const marked = new Set(marks.filter((m) => SENTENCE_OPINION_KINDS.has(m.kind)).map((m) => m.evidence.start)).size;
  if (marked < MIN_PIECE_MARKS || marked < voiced * PIECE_SHARE) return [];
  return [{
    stage: "annotate/opinion",
    rule: "opinion-piece",
    source,
    reason: `${marked} of the ${voiced} sentences in the writer's own voice are opinion or analysis: this source reads as a column or essay rather than a news report`,
  }];
}
