import type { Doc } from "../../../src/model/doc.js";
import { segmentSentences } from "../../../src/segment/segment-sentences.js";

/** A bare Doc over `text` (no cleaning, no other annotators): the opinion stage on its own. */
export function makeDoc(text: string, id = "t", extra: { title?: string; published?: string } = {}): Doc {
  const { sentences, tokens } = segmentSentences(text);
  return {
    article: { id, path: `${id}.txt`, title: extra.title ?? "", text, dropped: [], ...(extra.published ? { published: extra.published } : {}) },
    sentences,
    tokens,
    entities: [],
    quotes: [],
    values: [],
    opinion: [],
    warnings: [],
  };
}
