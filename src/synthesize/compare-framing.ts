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
  // How many outlets lead with each term: a term is this outlet's own when only it leads with it.
  // (Counting once is linear; building every outlet's "others" set was square in the story.)
  const outletsWith = new Map<string, number>();
  for (const l of leads) for (const key of new Set(l.terms.map((t) => t.key))) outletsWith.set(key, (outletsWith.get(key) ?? 0) + 1);
  return leads.map(({ doc, lead, terms }) => {
    const own = terms.filter((t) => (outletsWith.get(t.key) ?? 0) <= 1);
    return {
      source: doc.article.id,
      headline: doc.article.title,
      lead,
      emphasis: own.slice(0, MAX_EMPHASIS).map((t) => t.surface),
    };
  });
}
