import type { Doc } from "../../model/doc.js";
import type { Sentence } from "../../model/sentence.js";

/** A lead shorter than this many words is a dateline, byline or kicker; the next paragraph leads. */
const MIN_LEAD_WORDS = 12;
/** Text without paragraph breaks is one long "paragraph": its lead is its first sentences up to this. */
const MAX_LEAD_WORDS = 35;
const MAX_LEAD_SENTENCES = 3;

const wordCount = (doc: Doc, s: Sentence) => doc.article.text.slice(s.start, s.end).split(/\s+/).length;

/** The first sentences of a paragraph until the lead has MAX_LEAD_WORDS words (at most three). */
function trimLead(doc: Doc, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  let words = 0;
  for (const s of sentences) {
    if (out.length >= MAX_LEAD_SENTENCES || words >= MAX_LEAD_WORDS) break;
    out.push(s);
    words += wordCount(doc, s);
  }
  return out;
}

/**
 * The sentences of an article's lead paragraph: the first paragraph with at least MIN_LEAD_WORDS
 * words ("WASHINGTON (AP) —" on its own line does not lead), cut to its first sentences when it runs
 * long (an article without paragraph breaks). Falls back to the first sentence.
 */
export function findLead(doc: Doc): Sentence[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of doc.sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  for (const sentences of byParagraph.values()) {
    const words = sentences.reduce((n, s) => n + wordCount(doc, s), 0);
    if (words >= MIN_LEAD_WORDS) return trimLead(doc, sentences);
  }
  const first = doc.sentences[0];
  return first ? [first] : [];
}
