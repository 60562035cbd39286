import type { Sentence } from "../../model/sentence.js";

/** A paragraph of an article: its sentences, in order, and its text from the first to the last. */
export interface ParagraphBlock {
  readonly sentences: readonly Sentence[];
  readonly body: string;
}

/**
 * The article's paragraphs as blocks of sentences with their text, in order of first appearance, for
 * rules that judge a whole paragraph at once (a directory of links, an advertiser's block).
 * @example for (const { sentences, body } of paragraphBlocks(doc.sentences, doc.article.text)) ...
 */
export function paragraphBlocks(sentences: readonly Sentence[], text: string): ParagraphBlock[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const group = byParagraph.get(s.paragraph);
    if (group) group.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const blocks: ParagraphBlock[] = [];
  for (const group of byParagraph.values()) {
    const first = group[0];
    const last = group[group.length - 1];
    if (first && last) blocks.push({ sentences: group, body: text.slice(first.start, last.end) });
  }
  return blocks;
}
