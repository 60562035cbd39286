import type { Doc } from "../../model/doc.js";
import type { Sentence } from "../../model/sentence.js";

/** A lead shorter than this many words is a dateline, byline or kicker; the next paragraph leads. */
const MIN_LEAD_WORDS = 12;

/**
 * The sentences of an article's lead paragraph: the first paragraph with at least MIN_LEAD_WORDS
 * words ("WASHINGTON (AP) —" on its own line does not lead). Falls back to the first sentence.
 */
export function findLead(doc: Doc): Sentence[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of doc.sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  for (const sentences of byParagraph.values()) {
    const words = sentences.reduce((n, s) => n + doc.article.text.slice(s.start, s.end).split(/\s+/).length, 0);
    if (words >= MIN_LEAD_WORDS) return sentences;
  }
  const first = doc.sentences[0];
  return first ? [first] : [];
}
