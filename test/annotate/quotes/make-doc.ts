import { annotateEntities } from "../../../src/annotate/entities/index.js";
import { annotateQuotes } from "../../../src/annotate/quotes/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import type { Doc } from "../../../src/model/doc.js";
import { segmentSentences } from "../../../src/segment/segment-sentences.js";

/** A Doc over `text` as-is (no cleaning), with entities and quotes annotated. */
export function makeDoc(text: string, id = "t"): Doc {
  const options = normalizeOptions();
  const { sentences, tokens } = segmentSentences(text);
  const doc: Doc = {
    article: { id, path: `${id}.txt`, title: "", text, dropped: [] },
    sentences,
    tokens,
    entities: [],
    quotes: [],
    values: [],
    opinion: [],
    warnings: [],
  };
  return annotateQuotes(annotateEntities(doc, options), options);
}
