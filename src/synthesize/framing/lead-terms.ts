import type { Doc } from "../../model/doc.js";
import type { Span } from "../../model/span.js";
import { readText } from "../../segment/read-text.js";

/** Parts of speech that say what a headline or lead is about. */
const KEY_POS = new Set(["NOUN", "PROPN", "ADJ", "VERB"]);
/** Words every report of anything uses: they lead nothing. */
const GENERIC = new Set([
  "say", "tell", "be", "have", "do", "get", "make", "go", "take", "come", "give", "new", "report", "news",
  "year", "day", "week", "time", "people", "official", "accord", "include", "also", "first", "last", "update",
]);

/** A term an outlet leads with: its lemma (the key for comparison) and the words it used. */
export interface LeadTerm {
  readonly key: string;
  readonly surface: string;
  /** Found in the headline (rather than only in the lead paragraph). */
  readonly inHeadline: boolean;
}

type Tok = { start: number; end: number; lemma: string; pos: string; stop: boolean };

/** Join hyphenated compounds the tokenizer split ("cease-fire", "long-anticipated"): one term each. */
function joinHyphens(tokens: readonly Tok[], text: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let end = t.end;
    let j = i;
    while (text[end] === "-" && tokens[j + 1]?.start === end && tokens[j + 2]?.start === end + 1) {
      end = tokens[j + 2]?.end ?? end;
      j += 2;
    }
    if (j === i) out.push(t);
    else {
      const last = tokens[j];
      out.push({ start: t.start, end, lemma: text.slice(t.start, end).toLowerCase().replace(/-/g, ""), pos: last?.pos === "NOUN" ? "NOUN" : "ADJ", stop: false });
      i = j;
    }
  }
  return out;
}

function termsOf(raw: readonly Tok[], text: string, inHeadline: boolean): LeadTerm[] {
  const out: LeadTerm[] = [];
  for (const t of joinHyphens(raw, text)) {
    if (!KEY_POS.has(t.pos) || t.stop) continue;
    const surface = text.slice(t.start, t.end);
    const key = t.pos === "PROPN" ? surface.toLowerCase().replace(/['’]s$/, "") : t.lemma.toLowerCase();
    if (key.length < 3 || GENERIC.has(key) || !/\p{L}/u.test(key)) continue;
    out.push({ key, surface: surface.replace(/['’]s$/, ""), inHeadline });
  }
  return out;
}

/**
 * Key terms of a headline and lead paragraph, headline first, each lemma once: nouns, names,
 * adjectives and verbs that are not stop words or words every report uses.
 */
export function leadTerms(doc: Doc, headline: string, lead: Span): LeadTerm[] {
  const head = termsOf(readText(headline).tokens, headline, true);
  const body = termsOf(doc.tokens.filter((t) => t.start >= lead.start && t.end <= lead.end), doc.article.text, false);
  const seen = new Set<string>();
  return [...head, ...body].filter((t) => (seen.has(t.key) ? false : (seen.add(t.key), true)));
}
