import type { Disagreement } from "../../model/disagreement.js";
import type { Doc } from "../../model/doc.js";
import type { Fact } from "../../model/fact.js";
import type { Token } from "../../model/token.js";
import { candidateSentencePairs } from "./candidate-sentence-pairs.js";
import { factsBySentence } from "./pair-values.js";
import { numberedOverlap, sentenceTerms, termNumberer } from "./sentence-terms.js";

/** Sentences must be this close to be read as one claim told two ways. */
const MIN_JACCARD = 0.45;
const MIN_SHARED = 4;
/** Within one aligned fact a paraphrase may be looser. */
const FACT_JACCARD = 0.3;
const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor", "without", "nobody", "nothing", "none"]);
/** Verbs that negate the verb after them: "failed to return", "refused to sign". */
const NEGATING_VERBS = new Set(["fail", "refuse", "decline", "deny", "reject", "avoid"]);
/** Verbs whose negation is a different claim, not a contrary one ("did not say" vs "said"). */
const SKIPPED_VERBS = new Set([
  "say", "tell", "add", "claim", "describe", "call", "note", "state", "ask", "expect", "think", "believe",
  "know", "want", "seem", "appear", "be", "have", "do", "will", "would", "can", "could", "may", "might",
  "should", "must", "go", "get", "make", "take", "see", "come", "let", "hope", "plan", "try", "need",
]);

interface Clause {
  doc: Doc;
  sentence: number;
  tokens: Token[];
}

const isNegator = (t: Token, text: string) => NEGATORS.has(t.lemma) || NEGATORS.has(text.slice(t.start, t.end).toLowerCase());

/** Content verbs of a sentence, each with whether a negator stands within three tokens before it. */
function verbsOf(c: Clause): Map<string, boolean> {
  const text = c.doc.article.text;
  const out = new Map<string, boolean>();
  c.tokens.forEach((t, i) => {
    // "Jones Act" in a headline is a name, not a verb.
    if (t.pos !== "VERB" || SKIPPED_VERBS.has(t.lemma) || /^[A-Z]/.test(text.slice(t.start, t.end))) return;
    // A negator negates the first verb after it: in "won't revive a law allowing X", "allow" stands.
    let negated = false;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const x = c.tokens[j]!;
      if (isNegator(x, text) || NEGATING_VERBS.has(x.lemma)) {
        negated = true;
        break;
      }
      if (x.pos === "VERB" && !SKIPPED_VERBS.has(x.lemma)) break;
    }
    out.set(t.lemma, (out.get(t.lemma) ?? false) || negated);
  });
  return out;
}

/** A full sentence, not a headline: polarity read from headlines is too often wrong. */
function isProse(c: Clause): boolean {
  const s = c.doc.sentences[c.sentence];
  return s !== undefined && /[.!?]["”’]?$/.test(c.doc.article.text.slice(s.start, s.end));
}

function hasNegation(c: Clause): boolean {
  return c.tokens.some((t) => isNegator(t, c.doc.article.text) || NEGATING_VERBS.has(t.lemma));
}

function inQuote(doc: Doc, start: number, end: number): boolean {
  return doc.quotes.some((q) => q.start <= start && end <= q.end);
}

/**
 * Claim polarity: two sources report the same thing, one saying it happened and the other that it
 * did not ("the talks produced an agreement" / "the talks did not produce an agreement"). Only
 * close paraphrases are compared, and only when the affirming sentence has no negation at all.
 */
export function findPolarity(docs: readonly Doc[], facts: readonly Fact[]): Disagreement[] {
  const clauses: Clause[] = [];
  const termsOf = new Map<Doc, ReadonlyMap<number, ReadonlySet<string>>>();
  for (const doc of docs) {
    termsOf.set(doc, sentenceTerms(doc));
    const bySentence = doc.sentences.map(() => [] as Token[]);
    for (const t of doc.tokens) bySentence[t.sentence]?.push(t);
    for (const s of doc.sentences) clauses.push({ doc, sentence: s.index, tokens: bySentence[s.index] ?? [] });
  }
  // Sentences the alignment put in one fact may be compared at a looser wording threshold.
  const inFacts = factsBySentence(docs, facts);
  const factsOf = (c: Clause) => inFacts.get(`${c.doc.article.id}#${c.sentence}`);
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  const items = clauses.map((c) => ({
    source: c.doc.article.id,
    terms: termsOf.get(c.doc)?.get(c.sentence) ?? (new Set<string>() as ReadonlySet<string>),
    facts: factsOf(c),
  }));
  // Fact ids are looked up once per sentence (in `items`), prose is read once per sentence.
  const sameFact = (i: number, j: number) => {
    const fa = items[i]!.facts;
    const fb = items[j]!.facts;
    if (!fa || !fb) return false;
    for (const id of fa) if (fb.has(id)) return true;
    return false;
  };
  // Whether each sentence has content terms at all (a sentence without is never compared).
  const hasTerms = clauses.map((c) => termsOf.get(c.doc)?.get(c.sentence) !== undefined);
  const numberTerms = termNumberer();
  const termNumbers = items.map((it) => numberTerms(it.terms));
  const prose: Array<boolean | undefined> = [];
  const proseAt = (i: number) => (prose[i] ??= isProse(clauses[i]!));
  const verbMemo = new Map<Clause, Map<string, boolean>>();
  const verbsCached = (c: Clause) => {
    let v = verbMemo.get(c);
    if (!v) verbMemo.set(c, (v = verbsOf(c)));
    return v;
  };
  for (const [i, j] of candidateSentencePairs(items, { minSharedProbes: 2, bothWays: false })) {
    {
      const a = clauses[i]!;
      const b = clauses[j]!;
      if (a.doc === b.doc || !proseAt(i) || !proseAt(j)) continue;
      if (!hasTerms[i] || !hasTerms[j]) continue;
      // The items' terms are these same sets, numbered once per sentence.
      const { jaccard, shared } = numberedOverlap(termNumbers[i]!, termNumbers[j]!);
      const close = jaccard >= MIN_JACCARD && shared >= MIN_SHARED;
      if (!close && !(sameFact(i, j) && jaccard >= FACT_JACCARD && shared >= MIN_SHARED - 1)) continue;
      const va = verbsCached(a);
      const vb = verbsCached(b);
      for (const [verb, negA] of va) {
        const negB = vb.get(verb);
        if (negB === undefined || negA === negB) continue;
        const [yes, no] = negA ? [b, a] : [a, b];
        if (hasNegation(yes)) continue;
        const sy = yes.doc.sentences[yes.sentence]!;
        const sn = no.doc.sentences[no.sentence]!;
        if (inQuote(yes.doc, sy.start, sy.end) || inQuote(no.doc, sn.start, sn.end)) continue;
        const k = `${yes.doc.article.id}:${sy.start}|${no.doc.article.id}:${sn.start}`;
        if (seen.has(k)) continue;
        seen.add(k);
        const bothNamed = Boolean(yes.doc.article.outlet && no.doc.article.outlet);
        const yesName = bothNamed ? yes.doc.article.outlet : "One source";
        const noName = bothNamed ? no.doc.article.outlet : "another";
        out.push({
          id: "",
          kind: "polarity",
          slot: `whether it happened (${verb})`,
          positions: [
            { value: yes.doc.article.text.slice(sy.start, sy.end), normalized: `${verb}: yes`, sources: [yes.doc.article.id], evidence: [{ source: yes.doc.article.id, start: sy.start, end: sy.end }] },
            { value: no.doc.article.text.slice(sn.start, sn.end), normalized: `${verb}: no`, sources: [no.doc.article.id], evidence: [{ source: no.doc.article.id, start: sn.start, end: sn.end }] },
          ],
          severity: "conflict",
          explanation: `${yesName} reports that it did ${verb}; ${noName}, in a closely matching sentence, that it did not.`,
        });
        break;
      }
    }
  }
  return out;
}
