import type { Sentence } from "../../model/sentence.js";

/** A run of sentences of one paragraph, and their texts joined: each followed by one space. */
export interface ParagraphText {
  readonly sentences: readonly Sentence[];
  /** `text.slice(s.start, s.end) + " "` for each sentence, in order. */
  readonly text: string;
}

/**
 * The sentences grouped into runs of one paragraph (a new run wherever the paragraph number changes),
 * with each run's sentence texts joined (one flat string per paragraph: the verse, credited-excerpt
 * and reproduced-block rules read the same paragraphs, so a document's are built once and shared).
 * @example paragraphTexts(doc.sentences, doc.article.text)[0].text // "First sentence. Second one. "
 */
export function paragraphTexts(sentences: readonly Sentence[], text: string): readonly ParagraphText[] {
  const paragraphs: ParagraphText[] = [];
  let group: Sentence[] = [];
  let parts: string[] = [];
  const close = () => {
    if (group.length > 0) paragraphs.push({ sentences: group, text: `${parts.join(" ")} ` });
  };
  let last: number | undefined;
  for (const s of sentences) {
    if (s.paragraph !== last) {
      close();
      group = [];
      parts = [];
    }
    last = s.paragraph;
    group.push(s);
    parts.push(text.slice(s.start, s.end));
  }
  close();
  return paragraphs;
}
