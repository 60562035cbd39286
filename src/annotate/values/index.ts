import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";

/** Stage: finds typed values with their slots (needs sentences, tokens; adds `values`). */
export function annotateValues(doc: Doc, _options: Options): Doc {
  return doc;
}
