import type { Disagreement } from "../../model/disagreement.js";
import type { Doc } from "../../model/doc.js";
import type { Fact } from "../../model/fact.js";
import type { Token } from "../../model/token.js";
import { forEachCandidatePair } from "./candidate-sentence-pairs.js";
import { factsBySentence } from "./pair-values.js";
import { numberedOverlap, sentenceTerms, sharedTerms, termNumbering } from "./sentence-terms.js";
import { wordingNumberer } from "./sentence-wording.js";

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

/** How a pair of sentences was judged: the verbs told both ways, and whether that needs a shared fact. */
interface Judgement {
  /** Not close paraphrases: they count only when the alignment put them in one fact. */
  readonly factOnly: boolean;
  readonly contrary: ReadonlyArray<{ readonly verb: string; readonly aSaysYes: boolean }>;
}

const NO_JUDGEMENT: Judgement = { factOnly: false, contrary: [] };

/** One source affirms what another, in a closely matching sentence, denies. */
function polarityDisagreement(yes: Clause, no: Clause, verb: string): Disagreement {
  const sy = yes.doc.sentences[yes.sentence]!;
  const sn = no.doc.sentences[no.sentence]!;
  const bothNamed = Boolean(yes.doc.article.outlet && no.doc.article.outlet);
  const yesName = bothNamed ? yes.doc.article.outlet : "One source";
  const noName = bothNamed ? no.doc.article.outlet : "another";
  return {
    id: "",
    kind: "polarity",
    slot: `whether it happened (${verb})`,
    positions: [
      { value: yes.doc.article.text.slice(sy.start, sy.end), normalized: `${verb}: yes`, sources: [yes.doc.article.id], evidence: [{ source: yes.doc.article.id, start: sy.start, end: sy.end }] },
      { value: no.doc.article.text.slice(sn.start, sn.end), normalized: `${verb}: no`, sources: [no.doc.article.id], evidence: [{ source: no.doc.article.id, start: sn.start, end: sn.end }] },
    ],
    severity: "conflict",
    explanation: `${yesName} reports that it did ${verb}; ${noName}, in a closely matching sentence, that it did not.`,
  };
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
  const factsOf = (c: Clause) => inFacts.get(c.doc.article.id)?.[c.sentence];
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  const items = clauses.map((c) => ({
    source: c.doc.article.id,
    terms: termsOf.get(c.doc)?.get(c.sentence) ?? (new Set<string>() as ReadonlySet<string>),
    facts: factsOf(c),
  }));
  // Fact ids are looked up once per sentence (in `items`).
  const sameFact = (i: number, j: number) => {
    const fa = items[i]!.facts;
    const fb = items[j]!.facts;
    if (!fa || !fb) return false;
    for (const id of fa) if (fb.has(id)) return true;
    return false;
  };
  // Whether each sentence has content terms at all (a sentence without is never compared).
  const hasTerms = clauses.map((c) => termsOf.get(c.doc)?.get(c.sentence) !== undefined);
  // Only full sentences with content terms are ever judged (`judgePair`), so only they are compared.
  const judgeable = clauses.map((c, i) => hasTerms[i]! && isProse(c));
  const numbering = termNumbering();
  const termNumbers = items.map((it) => numbering.number(it.terms));
  const termNumbersOf = (i: number) => termNumbers[i]!;
  const numbered = { terms: termNumbersOf, names: numbering.names };
  const verbMemo = new Map<Clause, Map<string, boolean>>();
  const verbsCached = (c: Clause) => {
    let v = verbMemo.get(c);
    if (!v) verbMemo.set(c, (v = verbsOf(c)));
    return v;
  };
  // Everything judged below is read from the two sentences' wordings (text, tokens, terms, whether a
  // quote holds them) and, for looser paraphrases, whether they share a fact: two pairs of sentences
  // alike in those are judged once (a big story's outlets repeat the same sentences hundreds of times).
  const wording = wordingNumberer();
  const wordingIds: number[] = [];
  const wordingOf = (i: number) => {
    let id = wordingIds[i];
    if (id === undefined) {
      const c = clauses[i]!;
      const s = c.doc.sentences[c.sentence];
      const start = s?.start ?? c.tokens[0]?.start ?? 0;
      const end = s?.end ?? start;
      const quoted = s !== undefined && inQuote(c.doc, s.start, s.end);
      const extra = `${hasTerms[i] ? 1 : 0}${quoted ? 1 : 0}${s === undefined ? 0 : 1}:${termNumbersOf(i).join(",")}`;
      wordingIds[i] = id = wording.number({ text: c.doc.article.text, start, end, tokens: c.tokens, extra });
    }
    return id;
  };
  // By the first sentence's wording, then the second's.
  const judged: Array<Map<number, Judgement> | undefined> = [];
  /** Whether two sentences are close enough, and the verbs one affirms and the other negates, in order. */
  const judgePair = (a: Clause, b: Clause, i: number, j: number): Judgement => {
    if (!isProse(a) || !isProse(b) || !hasTerms[i] || !hasTerms[j]) return NO_JUDGEMENT;
    // The items' terms are these same sets, numbered once per sentence.
    const { jaccard, shared } = numberedOverlap(termNumbersOf(i), termNumbersOf(j));
    const close = jaccard >= MIN_JACCARD && shared >= MIN_SHARED;
    if (!close && !(jaccard >= FACT_JACCARD && shared >= MIN_SHARED - 1)) return NO_JUDGEMENT;
    const contrary: Array<{ verb: string; aSaysYes: boolean }> = [];
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
      contrary.push({ verb, aSaysYes: !negA });
    }
    return contrary.length === 0 ? NO_JUDGEMENT : { factOnly: !close, contrary };
  };
  const judgedBefore = (i: number, j: number) => {
    const wa = wordingIds[i];
    const wb = wordingIds[j];
    return wa === undefined || wb === undefined ? undefined : judged[wa]?.get(wb);
  };
  forEachCandidatePair(items, { minSharedProbes: 2, bothWays: false, only: (i) => judgeable[i]!, numbered }, (i, j) => {
    const a = clauses[i]!;
    const b = clauses[j]!;
    if (a.doc === b.doc) return;
    // Two wordings judged together before are judged so again (a big story repeats its sentences).
    let judgement = judgedBefore(i, j);
    if (judgement === undefined) {
      // Sentences too far apart to be judged close, or close only within a fact they do not share,
      // are left before their wordings are read (most candidates of distinct reports).
      const shared = sharedTerms(termNumbersOf(i), termNumbersOf(j));
      const union = termNumbersOf(i).length + termNumbersOf(j).length - shared;
      const jaccard = union === 0 ? 0 : shared / union;
      const close = jaccard >= MIN_JACCARD && shared >= MIN_SHARED;
      if (!close && !(jaccard >= FACT_JACCARD && shared >= MIN_SHARED - 1 && sameFact(i, j))) return;
      const wa = wordingOf(i);
      const wb = wordingOf(j);
      // Two wordings seen once each are one pair so far: judged directly, without keeping the answer
      // (in a story of distinct reports that is nearly every pair).
      if (wording.sentences(wa) === 1 && wording.sentences(wb) === 1) judgement = judgePair(a, b, i, j);
      else {
        const byWording = (judged[wa] ??= new Map());
        judgement = byWording.get(wb);
        if (judgement === undefined) byWording.set(wb, (judgement = judgePair(a, b, i, j)));
      }
    }
    if (judgement.contrary.length === 0 || (judgement.factOnly && !sameFact(i, j))) return;
    for (const { verb, aSaysYes } of judgement.contrary) {
      const [yes, no] = aSaysYes ? [a, b] : [b, a];
      const sy = yes.doc.sentences[yes.sentence]!;
      const sn = no.doc.sentences[no.sentence]!;
      const seenKey = `${yes.doc.article.id}:${sy.start}|${no.doc.article.id}:${sn.start}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      out.push(polarityDisagreement(yes, no, verb));
      break;
    }
  });
  return out;
}
