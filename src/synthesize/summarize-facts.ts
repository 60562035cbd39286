import type { Options } from "../config/options.js";
import type { Doc } from "../model/doc.js";
import type { Fact, SummarySentence } from "../model/fact.js";

interface Candidate {
  fact: Fact;
  terms: Set<string>;
  /** Mean relative position (0 = lead) of the fact's evidence in its articles. */
  position: number;
  score: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const STOP = new Set(
  "the a an and or but of to in on at for with by from as is was were be been are that this it its he she they his her their said says will would has have had not no".split(
    " ",
  ),
);

function termsOf(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => !STOP.has(w)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/**
 * Pick the summary: the best-supported facts, preferring plain reporting over quotes and opinion and
 * the top of articles over the bottom, without repeating one another (greedy, MMR-style); then put
 * them in the order they are told in the articles so the summary reads as a story. Each sentence is a
 * source sentence verbatim and cites every source that reports it.
 */
export function summarizeFacts(facts: readonly Fact[], docs: readonly Doc[], options: Options): SummarySentence[] {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const total = Math.max(1, docs.length);
  const candidates: Candidate[] = [];
  for (const fact of facts) {
    if (fact.opinion) continue;
    const words = fact.text.split(/\s+/).length;
    if (words < 6 || words > 70) continue;
    const positions = fact.evidence.map((e) => {
      const doc = byId.get(e.source);
      const s = doc?.sentences.find((x) => x.start === e.start);
      return doc && s ? s.index / Math.max(1, doc.sentences.length) : 1;
    });
    const position = positions.reduce((a, b) => a + b, 0) / Math.max(1, positions.length);
    const lead = Math.min(...positions);
    const score =
      fact.sources.length / total +
      (fact.sources.length > 1 ? 0.5 : 0) +
      (1 - lead) * 0.6 +
      (1 - position) * 0.2 -
      (fact.quoted ? 0.6 : 0) -
      (/^["“]/.test(fact.text) ? 0.3 : 0);
    candidates.push({ fact, terms: termsOf(fact.text), position, score });
  }
  candidates.sort((a, b) => b.score - a.score || a.position - b.position);
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    if (chosen.length >= options.summarySentences) break;
    if (chosen.some((x) => overlap(x.terms, c.terms) > 0.6)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.position - b.position);
  return chosen.map((c) => ({ text: c.fact.text, fact: c.fact.id, citations: c.fact.evidence }));
}
