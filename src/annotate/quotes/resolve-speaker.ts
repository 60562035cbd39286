import type { Doc } from "../../model/doc.js";
import type { EntityMention } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import type { SpeakerFind } from "./quote-context.js";
import { tokenIndexAt } from "./quote-context.js";
import { findClauseSubject } from "./rules/find-clause-subject.js";

const CAPITALISED = /^\p{Lu}/u;

/** A speaker resolved to a name, or null with the reason it could not be. */
export interface ResolvedSpeaker {
  name: string | null;
  /** Where the name itself was found (the antecedent of a pronoun, the titled mention of a role). */
  entitySpan?: Span;
  how: "name" | "pronoun" | "role" | "description" | "unresolved";
  reason?: string;
}

/** Role nouns too general to pick one titled person ("the official said" may be anyone). */
const GENERIC_HEADS = new Set(["official", "officials", "source", "sources", "person", "people", "spokesperson", "aide", "aides", "statement", "report", "analyst", "expert"]);

function nameOf(m: EntityMention): string {
  return m.full ?? m.name;
}

/** People (or organisations) mentioned before `pos` outside quotes, nearest sentence first, subject first. */
function antecedents(doc: Doc, pos: number, types: ReadonlySet<string>, quoted: (p: number) => boolean): EntityMention[] {
  // People as objects ("gives Hale credit", "talks with Ode") are passed over: "he" who speaks is most
  // often the subject of an earlier sentence.
  const isObject = (e: EntityMention) => {
    const k = tokenIndexAt(doc.tokens, e.start) - 1;
    const p = doc.tokens[k];
    return p !== undefined && p.sentence === doc.tokens[k + 1]?.sentence && (p.pos === "VERB" || p.pos === "ADP");
  };
  // Binary search: articles can have thousands of sentences and entities (linear scans per quote
  // made this quadratic).
  const sentenceOf = (p: number) => {
    let lo = 0;
    let hi = doc.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = doc.sentences[mid] as { start: number; end: number };
      if (p < s.start) hi = mid - 1;
      else if (p >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const here = sentenceOf(pos);
  const windowStart = doc.sentences[Math.max(0, here - 4)]?.start ?? 0;
  const before = doc.entities.filter(
    (e) => e.start >= windowStart && e.end <= pos && types.has(e.type) && !quoted(e.start) && (e.type !== "person" || !isObject(e)),
  );
  const bySentence = new Map<number, EntityMention[]>();
  for (const e of before) {
    const s = sentenceOf(e.start);
    if (here - s > 4) continue;
    bySentence.set(s, [...(bySentence.get(s) ?? []), e]);
  }
  const out: EntityMention[] = [];
  for (const s of [...bySentence.keys()].sort((a, b) => b - a)) {
    const list = bySentence.get(s) ?? [];
    // The first mention of a sentence is most often its subject: "Ode says she liked Hale's plan".
    out.push(...list);
  }
  return out;
}

/**
 * Resolve what a rule found to a name: a person's mention to its fullest in-article form; "he"/"she"
 * to the nearest person before it (the previous quote's speaker first when it is close); "they"/"it"
 * to the nearest organisation; a role ("the president", "the foreign minister") to the person whose
 * title has that head word. A general description ("a senior official") is kept as written.
 */
export function resolveSpeaker(
  doc: Doc,
  found: SpeakerFind,
  quoted: (p: number) => boolean,
  previous: { name: string; span: Span; at: number } | undefined,
): ResolvedSpeaker {
  const text = doc.article.text;
  if (found.resolved) return { name: found.resolved.name, entitySpan: found.resolved.span, how: "name" };
  if (found.kind === "entity" && found.entity) return { name: nameOf(found.entity), entitySpan: { start: found.entity.start, end: found.entity.end }, how: "name" };
  const phrase = text.slice(found.span.start, found.span.end);
  const lower = phrase.toLowerCase();
  if (found.kind === "pronoun") {
    if (lower === "he" || lower === "she") {
      const cands = antecedents(doc, found.span.start, new Set(["person"]), quoted);
      // The last quote's speaker, unless another person was named since: '"...," said Ada Brennan's
      // aide Jo Lin. "...," she added' is Jo Lin; 'Tom Hale disagreed. "...," he said' is Hale.
      const since = previous ? cands.filter((c) => c.start > Math.max(previous.span.end, previous.at) && nameOf(c) !== previous.name) : [];
      if (previous && found.span.start - previous.at < 600 && since.length === 0) {
        return { name: previous.name, entitySpan: previous.span, how: "pronoun" };
      }
      const c = cands[0];
      if (c) return { name: nameOf(c), entitySpan: { start: c.start, end: c.end }, how: "pronoun" };
      return { name: null, how: "unresolved", reason: `no person named before "${phrase}"` };
    }
    if (lower === "they" || lower === "it") {
      // "The campaign is contrasting her plan with what they call ...": the subject of the pronoun's
      // own sentence, when it is a group or an organisation rather than a person.
      const own = sentenceSubject(doc, found.span.start, quoted);
      if (own) return own;
      const c = antecedents(doc, found.span.start, new Set(["organization"]), quoted)[0];
      if (c) return { name: nameOf(c), entitySpan: { start: c.start, end: c.end }, how: "pronoun" };
      return { name: null, how: "unresolved", reason: `no organisation named before "${phrase}"` };
    }
    return { name: null, how: "unresolved", reason: `first-person "${phrase}" outside a quote` };
  }
  const role = resolveRole(doc, phrase, found.span.start);
  if (role) return { name: nameOf(role), entitySpan: { start: role.start, end: role.end }, how: "role" };
  return { name: phrase, how: "description" };
}

/** Titles that make someone "the leader" of a country or party. */
const LEADER_TITLES = new Set(["president", "prime", "premier", "chancellor", "king", "queen", "leader", "emir", "sultan", "monarch", "dictator"]);

/**
 * The person a definite role points at: "the president" -> the one person titled President;
 * "the Arlandian leader" -> the person whose title has "Arlandian" and a head-of-state word. With
 * several candidates, the one mentioned last before the role wins; general heads ("the official")
 * resolve to nobody.
 */
function resolveRole(doc: Doc, phrase: string, at: number): EntityMention | undefined {
  const words = phrase.replace(/['’]s\b/g, "").split(/\s+/);
  if (words[0]?.toLowerCase() !== "the") return undefined;
  const head = (words[words.length - 1] ?? "").toLowerCase();
  if (GENERIC_HEADS.has(head)) return undefined;
  const qualifiers = words.slice(1, -1).filter((w) => CAPITALISED.test(w)).map((w) => w.toLowerCase());
  const fits = (title: string) => {
    const t = title.toLowerCase().split(/\s+/);
    const headFits = t.includes(head) || (head === "leader" && t.some((w) => LEADER_TITLES.has(w)));
    return headFits && qualifiers.every((q) => t.includes(q));
  };
  const titled = doc.entities.filter((e) => e.type === "person" && e.title && fits(e.title));
  const names = new Set(titled.map(nameOf));
  if (names.size === 1) return titled[0];
  // Several presidents: the one mentioned last before the role, by any form of the name.
  return doc.entities.filter((e) => e.type === "person" && names.has(nameOf(e)) && e.end <= at).pop();
}

/** The subject of the sentence holding `pos`, before it, when it is not a person or a pronoun. */
function sentenceSubject(doc: Doc, pos: number, quoted: (p: number) => boolean): ResolvedSpeaker | undefined {
  const at = tokenIndexAt(doc.tokens, pos);
  const sentence = doc.tokens[at]?.sentence;
  const frame: number[] = [];
  for (let i = at - 1; i >= 0 && doc.tokens[i]?.sentence === sentence; i--) if (!quoted(doc.tokens[i]?.start ?? -1)) frame.unshift(i);
  if (frame.length === 0) return undefined;
  const subject = findClauseSubject(doc, frame, at, "subject");
  if (!subject || subject.kind === "pronoun" || subject.entity?.type === "person") return undefined;
  const text = doc.article.text.slice(subject.span.start, subject.span.end);
  if (subject.kind === "entity" && subject.entity) return { name: nameOf(subject.entity), entitySpan: { start: subject.entity.start, end: subject.entity.end }, how: "pronoun" };
  return { name: text, entitySpan: subject.span, how: "pronoun" };
}
