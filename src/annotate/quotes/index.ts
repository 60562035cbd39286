import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";

/** Stage: finds direct quotes and their speakers (needs sentences, tokens, entities; adds `quotes`). */
export function annotateQuotes(doc: Doc, _options: Options): Doc {
  return doc;
}
