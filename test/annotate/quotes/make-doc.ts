import { annotateEntities } from "../../../src/annotate/entities/index.js";
import { annotateQuotes } from "../../../src/annotate/quotes/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import type { Doc } from "../../../src/model/doc.js";
import { segmentDoc } from "../../../src/pipeline/analyze-article.js";

/** A Doc over `text` as-is (no cleaning), with entities and quotes annotated. */
export function makeDoc(text: string, id = "t"): Doc {
  const options = normalizeOptions();
  const doc = segmentDoc({ id, path: `${id}.txt`, title: "", text, dropped: [] });
  return annotateQuotes(annotateEntities(doc, options), options);
}
