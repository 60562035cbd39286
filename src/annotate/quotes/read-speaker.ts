import type { Doc } from "../../model/doc.js";
import type { SpeakerFind } from "./quote-context.js";
import { entityAt, wordAt } from "./quote-context.js";

export const PRONOUNS = new Set(["he", "she", "they", "it", "i", "we"]);
const NP_INNER = new Set(["ADJ", "NOUN", "PROPN", "NUM", "DET"]);
const POSSESSIVE = /^['’]s?$/;
const POSTMODIFIER_HEAD = new Set(["ADP"]);
/** Words that may sit between a subject and its reporting verb: "has said", "later added", "also told". */
const BETWEEN = new Set(["ADV", "AUX", "PART"]);

type Within = (i: number) => boolean;

function find(doc: Doc, from: number, to: number, rule: string): SpeakerFind | undefined {
  const a = doc.tokens[from];
  const b = doc.tokens[to];
  if (!a || !b) return undefined;
  const span = { start: a.start, end: b.end };
  // The head is the last word: "spokeswoman Jo Lin" is Jo Lin, "Volkov's spokeswoman" is not Volkov.
  const ent = doc.entities.find((e) => e.start >= a.start && e.end === b.end && e.type === "person");
  if (ent) return { span: { start: ent.start, end: ent.end }, kind: "entity", entity: ent, rule };
  // "the Harbour Workers Union": an organisation named whole, after at most a determiner.
  const any = doc.entities.find((e) => e.end === b.end && (e.start === a.start || (doc.tokens[from]?.pos === "DET" && e.start === doc.tokens[from + 1]?.start)));
  if (any) return { span, kind: "entity", entity: any, rule };
  if (from === to && PRONOUNS.has(wordAt(doc, from).toLowerCase())) return { span, kind: "pronoun", rule };
  return { span, kind: "nominal", rule };
}

/**
 * The noun phrase ending at token `end` (reading leftwards), skipping adverbs and auxiliaries next to
 * the verb: "a source familiar with the talks [said]" -> "a source"; "Ada Brennan, the minister, [said]"
 * -> "Ada Brennan". Returns undefined when no noun, name or pronoun is there.
 */
export function readSpeakerLeft(doc: Doc, end: number, ok: Within, rule: string): SpeakerFind | undefined {
  let k = end;
  while (k >= 0 && ok(k) && BETWEEN.has(doc.tokens[k]?.pos ?? "") && !POSSESSIVE.test(wordAt(doc, k))) k--;
  const f = readNounPhraseLeft(doc, k, ok, rule, 0);
  return f && !isTimePhrase(doc, f) ? f : undefined;
}

function readNounPhraseLeft(doc: Doc, end: number, ok: Within, rule: string, depth: number): SpeakerFind | undefined {
  if (end < 0 || !ok(end)) return undefined;
  const t = doc.tokens[end];
  if (!t) return undefined;
  // "Ada Brennan, the minister, said": read past an apposition to the name.
  if (wordAt(doc, end) === "," && depth === 0) {
    const named = findNameBeforeApposition(doc, end, ok);
    if (named) return { ...named, rule };
    const inner = readNounPhraseLeft(doc, end - 1, ok, rule, 1);
    if (!inner) return undefined;
    const s = firstTokenOf(doc, inner.span.start);
    if (s > 0 && wordAt(doc, s - 1) === ",") {
      const outer = readNounPhraseLeft(doc, s - 2, ok, rule, 1);
      if (outer && (outer.kind === "entity" || outer.kind === "pronoun")) return outer;
    }
    return undefined;
  }
  // "Rep. Jo Lin (D-Ore.) said": read past a parenthesis.
  if (wordAt(doc, end) === ")") {
    let k = end - 1;
    while (k >= 0 && ok(k) && wordAt(doc, k) !== "(" && end - k < 12) k--;
    if (wordAt(doc, k) === "(") return readNounPhraseLeft(doc, k - 1, ok, rule, depth);
    return undefined;
  }
  if (t.pos === "PRON") {
    return PRONOUNS.has(wordAt(doc, end).toLowerCase()) ? find(doc, end, end, rule) : undefined;
  }
  const ent = entityAt(doc, end);
  if (t.pos !== "NOUN" && t.pos !== "PROPN" && !ent) return undefined;
  let s = end;
  while (s - 1 >= 0 && ok(s - 1)) {
    const p = doc.tokens[s - 1];
    if (!p || p.sentence !== t.sentence) break;
    const w = wordAt(doc, s - 1);
    if (NP_INNER.has(p.pos) || POSSESSIVE.test(w) || (p.pos === "PRON" && /^(his|her|their|its|our|my)$/i.test(w))) {
      s--;
      if (p.pos === "DET" && !/^(the|a|an|this|that|these|those|some|many|several|one|another|both|all|each|no)$/i.test(w)) break;
      continue;
    }
    break;
  }
  // "a source close to the talks said": a prepositional phrase hangs off the real subject.
  if (depth < 2 && s - 1 >= 0 && ok(s - 1) && POSTMODIFIER_HEAD.has(doc.tokens[s - 1]?.pos ?? "")) {
    let k = s - 2;
    // "familiar with", "close to"; "Protesters marching through the streets": adjectives and participles.
    while (k >= 0 && ok(k) && (doc.tokens[k]?.pos === "ADJ" || (doc.tokens[k]?.pos === "VERB" && /(ing|ed)$/.test(wordAt(doc, k))))) k--;
    const own = find(doc, s, end, rule);
    if (own?.kind === "entity" && own.entity?.type === "person") return own;
    const head = readNounPhraseLeft(doc, k, ok, rule, depth + 1);
    if (head && head.kind !== "pronoun") return head;
    return own;
  }
  return find(doc, s, end, rule);
}

/** Time words are never speakers: "said Thursday morning", "On Tuesday's episode". */
const TIME_WORDS = /^(morning|afternoon|evening|night|day|days|week|weeks|month|months|year|years|today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|episode|time|moment|moments|minute|minutes|hour|hours|weekend|decade|decades|january|february|march|april|june|july|august|september|october|november|december)$/i;

/** True for a word of dates and times ("Friday", "September", "morning"). */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.test(word);
}

/** True when a noun phrase found as a speaker is a time or occasion ("Thursday morning", "Tuesday's episode"). */
export function isTimePhrase(doc: Doc, f: SpeakerFind): boolean {
  if (f.kind !== "nominal") return false;
  const words = doc.article.text.slice(f.span.start, f.span.end).replace(/['’]s\b/g, "").split(/\s+/);
  return words.some((w) => TIME_WORDS.test(w));
}

/**
 * A person named just before an apposition that may hold commas of its own: "Jo Lin, the attorney
 * general of Arland, one of the states suing the agency, said" -> Jo Lin. Walks back at most 30 tokens
 * to a name followed by a comma, through no reporting verb.
 */
function findNameBeforeApposition(doc: Doc, comma: number, ok: Within): SpeakerFind | undefined {
  // People first: in "Jo Lin, a fellow at the Council on Trade, said" the council is not the speaker.
  for (const type of ["person", "organization"]) {
    for (let k = comma - 1; k >= 0 && comma - k < 30 && ok(k); k--) {
      if (wordAt(doc, k + 1) !== ",") continue;
      const ent = entityAt(doc, k);
      if (ent && ent.type === type && doc.tokens[k]?.end === ent.end) {
        return { span: { start: ent.start, end: ent.end }, kind: "entity", entity: ent, rule: "" };
      }
    }
  }
  return undefined;
}

function firstTokenOf(doc: Doc, start: number): number {
  return doc.tokens.findIndex((t) => t.start === start);
}

/**
 * The noun phrase starting at token `from` (reading rightwards): `said [Ada Brennan]`,
 * `said [the minister's spokeswoman, Jo Lin]` -> the person named; `said [he]`.
 */
export function readSpeakerRight(doc: Doc, from: number, ok: Within, rule: string): SpeakerFind | undefined {
  const f = readNounPhraseRight(doc, from, ok, rule);
  return f && !isTimePhrase(doc, f) ? f : undefined;
}

function readNounPhraseRight(doc: Doc, from: number, ok: Within, rule: string): SpeakerFind | undefined {
  const t = doc.tokens[from];
  if (!t || !ok(from)) return undefined;
  if (t.pos === "PRON") return PRONOUNS.has(wordAt(doc, from).toLowerCase()) ? find(doc, from, from, rule) : undefined;
  let e = from;
  let sawHead = false;
  while (e < doc.tokens.length && ok(e)) {
    const u = doc.tokens[e];
    if (!u || u.sentence !== t.sentence) break;
    const w = wordAt(doc, e);
    const isInner = NP_INNER.has(u.pos) || POSSESSIVE.test(w) || (u.pos === "PRON" && /^(his|her|their|its)$/i.test(w));
    if (!isInner && !entityAt(doc, e)) break;
    if (u.pos === "NOUN" || u.pos === "PROPN" || entityAt(doc, e)) sawHead = true;
    e++;
  }
  if (!sawHead) return undefined;
  // "said the ministry's spokeswoman, Jo Lin": the name in apposition is the speaker; not after a
  // name ("According to the Daily Ledger, Jo Lin said" is the Ledger's).
  const named = doc.entities.some((x) => x.start >= t.start && x.end <= (doc.tokens[e - 1]?.end ?? 0));
  if (wordAt(doc, e) === "," && !named) {
    const ent = entityAt(doc, e + 1);
    if (ent && ent.type === "person") return { span: { start: ent.start, end: ent.end }, kind: "entity", entity: ent, rule };
  }
  return find(doc, from, e - 1, rule);
}
