import type { Doc } from "../model/doc.js";
import type { Framing } from "../model/opinion.js";
import { findLead } from "./framing/find-lead.js";
import { leadTerms } from "./framing/lead-terms.js";

/** Terms listed per outlet. */
const MAX_EMPHASIS = 6;

/**
 * What each outlet leads with: its headline, its lead paragraph (cited), and the key terms of its
 * headline and lead that no other outlet's headline or lead uses (headline terms first). With one
 * source, its own key terms.
 * @example compareFraming(docs)[0] // { source, headline, lead: {source,start,end}, emphasis: ["panic", ...] }
 */
export function compareFraming(docs: readonly Doc[]): Framing[] {
  const leads = docs.map((doc) => {
    const sentences = findLead(doc);
    const source = doc.article.id;
    const lead = { source, start: sentences[0]?.start ?? 0, end: sentences[sentences.length - 1]?.end ?? 0 };
    return { doc, lead, terms: leadTerms(doc, doc.article.title, lead) };
  });
  return leads.map(({ doc, lead, terms }, i) => {
    const others = new Set(leads.flatMap((l, j) => (j === i ? [] : l.terms.map((t) => t.key))));
    const own = terms.filter((t) => !others.has(t.key));
    return {
      source: doc.article.id,
      headline: doc.article.title,
      lead,
      emphasis: own.slice(0, MAX_EMPHASIS).map((t) => t.surface),
    };
  });
}
