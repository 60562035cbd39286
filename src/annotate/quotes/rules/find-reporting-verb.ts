import type { Doc } from "../../../model/doc.js";
import { isReportingVerb } from "../reporting-verbs.js";

/** True when token `i` is a verb of the reporting-verb lexicon ("said", "told", "quipped"); "the report" is not. */
export function isReportingToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return Boolean(t && (t.pos === "VERB" || t.pos === "AUX") && isReportingVerb(t.lemma));
}
