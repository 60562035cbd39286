import type { Doc } from "../../../src/model/doc.js";
import { segmentSentences } from "../../../src/segment/segment-sentences.js";

/** A Doc over exactly this text (no cleaning), with an optional publication date. */
export function docOf(text: string, id = "t", published?: string): Doc {
  const { sentences, tokens } = segmentSentences(text);
  return {
    article: { id, path: `${id}.txt`, title: "", text, dropped: [], ...(published ? { published } : {}) },
    sentences, tokens, entities: [], quotes: [], values: [], opinion: [], warnings: [],
  };
}
