import type { Doc } from "../../../src/model/doc.js";
import { segmentDoc } from "../../../src/pipeline/analyze-article.js";

/** A bare Doc over `text` (no cleaning, no other annotators): the opinion stage on its own. */
export function makeDoc(text: string, id = "t", extra: { title?: string; published?: string } = {}): Doc {
  return segmentDoc({ id, path: `${id}.txt`, title: extra.title ?? "", text, dropped: [], ...(extra.published ? { published: extra.published } : {}) });
}
