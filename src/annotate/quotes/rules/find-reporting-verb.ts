import type { Doc } from "../../../model/doc.js";
import { wordAt } from "../quote-context.js";
import { isReportingVerb } from "../reporting-verbs.js";

const LOWER_CASE = /^\p{Ll}/u;
/** Words after which a noun-tagged "reports"/"says" is still the verb: "The Daily Ledger reports that ...". */
const AFTER_VERB = new Set(["that", ":", ",", "“", "\"", "the", "a", "an", "it"]);

/**
 * True when token `i` is a verb of the reporting-verb lexicon ("said", "told", "quipped"). The tagger
 * reads some third-person forms as nouns ("The Ledger reports: ..."); those count when what follows is
 * a clause, a colon or a quote. "the report" and the "called" of "so-called" do not count.
 */
export function isReportingToken(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  // "as a ministry memo put it"
  if (t.lemma === "put" && wordAt(doc, i + 1).toLowerCase() === "it") return true;
  if (!isReportingVerb(t.lemma)) return false;
  const prev = doc.tokens[i - 1];
  if (prev && prev.end === t.start && wordAt(doc, i - 1) === "-") return false;
  if (t.pos === "VERB" || t.pos === "AUX") return true;
  const w = wordAt(doc, i);
  // Only right after a name or pronoun: "The Ledger reports that" yes, "one of the states that sued" no.
  const subject = prev && (prev.pos === "PROPN" || prev.pos === "PRON");
  return Boolean(subject) && (t.pos === "NOUN" || t.pos === "PROPN") && /s$/.test(w) && LOWER_CASE.test(w) && AFTER_VERB.has(wordAt(doc, i + 1).toLowerCase());
}

/** True when the reporting verb is a participle or infinitive whose subject is the clause's: "..., saying", "to accuse". */
export function isNonFiniteVerb(doc: Doc, i: number): boolean {
  return /ing$/i.test(wordAt(doc, i)) || wordAt(doc, i - 1).toLowerCase() === "to";
}
