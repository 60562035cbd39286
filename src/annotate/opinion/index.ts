import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";

/** Stage: marks outlet opinion and loaded language (needs sentences, quotes; adds `opinion`). */
export function annotateOpinion(doc: Doc, _options: Options): Doc {
  return doc;
}
