import type { Doc } from "../../model/doc.js";
import type { Token } from "../../model/token.js";
import { ORG_WORDS, PLACE_WORDS } from "./org-words.js";
import { TITLES } from "./titles.js";

const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(" ")));

/**
 * "of" joins capitalised words only after a title, organisation or place word ("Secretary of State",
 * "Bank of England", "Gulf of Tern"), not after a person's name ("Dana Whitlock of Arland" is two names).
 */
function ofMayJoin(previous: string): boolean {
  const w = previous.toLowerCase();
  return TITLE_WORDS.has(w) || ORG_WORDS.has(w) || PLACE_WORDS.has(w);
}

/** A run of capitalised tokens that may hold a name, as token indices `[first, last]` (inclusive). */
export interface NameRun {
  first: number;
  last: number;
}

/** Lower-case words allowed inside a name when a capitalised word follows ("Bank of England", "Ludwig van Beek"). */
const CONNECTORS = new Set(["of", "de", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le", "du", "da", "del", "&"]);

/** Parts of speech that never start or continue a name even when capitalised ("The", "But", "He"). */
const CLOSED_CLASS = new Set(["PRON", "DET", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT", "PART", "SYM", "NUM", "INTJ"]);

const CAPITAL = /^\p{Lu}/u;
const OPENERS = new Set(["\"", "“", "‘", "'", "(", "[", ":", "—", "–", "-", "«"]);

/** Token `i` of the doc; a missing index is a bug in the caller, reported by name. */
export function tokenAt(doc: Doc, i: number): Token {
  const t = doc.tokens[i];
  if (!t) throw new RangeError(`entities: token ${i} is outside the ${doc.tokens.length} tokens of ${doc.article.id}`);
  return t;
}

/** The token's characters. */
export function tokenText(doc: Doc, t: Token): string {
  return doc.article.text.slice(t.start, t.end);
}

function isCapitalised(doc: Doc, t: Token): boolean {
  return CAPITAL.test(tokenText(doc, t)) && !CLOSED_CLASS.has(t.pos);
}

/**
 * True when token `i` opens its sentence (or a quote or clause inside it), where every word is
 * capitalised and a capital says nothing about names: "Analysis shows", "“Progress is slow”".
 */
export function opensSentence(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  const prev = doc.tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return true;
  const w = tokenText(doc, prev);
  // A straight quote opens only after a space: in '...fact," Marlow said' it closes.
  if (w === '"' || w === "'") return prev.start === 0 || /\s/.test(doc.article.text[prev.start - 1] ?? " ");
  return OPENERS.has(w);
}

/**
 * Runs of capitalised tokens in one pass over the tokens. A sentence-initial word joins a run only
 * when wink tags it PROPN ("Brennan said" yes, "Officials said" no).
 */
export function findNameRuns(doc: Doc): NameRun[] {
  const runs: NameRun[] = [];
  const toks = doc.tokens;
  const headlines = findTitleCaseSentences(doc);
  // Words written with a capital inside sentences are names wherever they stand: "Hale set the
  // agenda." opens a sentence with a word the tagger may not call PROPN.
  const namesInside = new Set<string>();
  toks.forEach((t, k) => {
    if (!headlines.has(t.sentence) && isCapitalised(doc, t) && !opensSentence(doc, k)) namesInside.add(tokenText(doc, t));
  });
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    if (headlines.has(t.sentence)) {
      i++;
      continue;
    }
    const starts = isCapitalised(doc, t) && (!opensSentence(doc, i) || t.pos === "PROPN" || namesInside.has(tokenText(doc, t)));
    if (!starts) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < toks.length) {
      const u = toks[j] as Token;
      if (u.sentence !== t.sentence || u.start - (toks[j - 1] as Token).end > 1) break;
      if (isCapitalised(doc, u)) {
        last = j;
        j++;
        continue;
      }
      const word = tokenText(doc, u);
      const next = toks[j + 1];
      // "Port Ellis-Harbour", "Ana Ruiz-Vidal": a hyphen with no spaces joins capitalised words.
      if (word === "-" && next && next.start === u.end && u.start === (toks[j - 1] as Token).end && isCapitalised(doc, next)) {
        j++;
        continue;
      }
      const prevWord = tokenText(doc, toks[j - 1] as Token);
      // "Council on Trade Relations", "Center for Policy Studies": "on" and "for" join after an organisation word only.
      if ((word === "on" || word === "for") && ORG_WORDS.has(prevWord.toLowerCase()) && next && isCapitalised(doc, next)) {
        j++;
        continue;
      }
      if (word === "of" && !ofMayJoin(prevWord)) break;
      if (CONNECTORS.has(word) && next && isCapitalised(doc, next) && next.sentence === t.sentence) {
        j++;
        continue;
      }
      // "Ministry of the Interior": connector + "the" + capital.
      const after = toks[j + 2];
      if (word === "of" && ofMayJoin(prevWord) && next && tokenText(doc, next) === "the" && after && isCapitalised(doc, after)) {
        j += 2;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/**
 * Sentences written in Title Case (headlines, section titles: "Poll Finds Voters Sour On Plan"), where
 * capitals say nothing about names: five or more words, at least 70% of them capitalised, and either a
 * capitalised verb or function word after the first word, or no closing punctuation. "Ada Brennan met
 * Tom Hale on Friday." is a sentence full of names, not a headline.
 */
export function findTitleCaseSentences(doc: Doc): Set<number> {
  const stats = new Map<number, { all: number; caps: number; capsOther: number; last: string }>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    const w = tokenText(doc, t);
    const c = stats.get(t.sentence) ?? { all: 0, caps: 0, capsOther: 0, last: "" };
    c.last = w;
    stats.set(t.sentence, c);
    if (!/^\p{L}/u.test(w)) continue;
    c.all++;
    if (!CAPITAL.test(w)) continue;
    c.caps++;
    if (c.all > 1 && t.pos !== "PROPN" && t.pos !== "NOUN" && t.pos !== "ADJ") c.capsOther++;
  }
  const out = new Set<number>();
  for (const [s, c] of stats) {
    if (c.all >= 5 && c.caps / c.all >= 0.7 && (c.capsOther > 0 || !/[.?!"”]$/.test(c.last))) out.add(s);
  }
  return out;
}
