/**
 * Representation variants for story clustering experiments: each builds an article's clustering
 * features from a row of `clustering-dump.ts` (tokens, title, entities, values, sentence hashes).
 * `base` is what ingest stores today; the others change one thing, so `clustering-offline.ts` can
 * compare them on the dev pool without the NLP.
 */
import type { ArticleFeatures } from "../../src/store/store.js";

/** One dumped token: lemma, POS, stop word (1/0), sentence index. */
export type DumpToken = [string, string, number, number];
export interface DumpRow {
  id: string;
  gold: string;
  features: ArticleFeatures;
  tokens: DumpToken[];
  title: DumpToken[];
  sentences: string[];
  /** Name (fullest form, lower case), type, sentence index. */
  entities: Array<[string, string, number]>;
  /** Kind, unit, low, high, precision, sentence index, text as written. */
  values: Array<[string, string, number, number, string, number, string]>;
  lead: string;
  headline: string;
  published: string;
}

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const isTerm = (t: DumpToken) => !t[2] && CONTENT.has(t[1]) && /\p{L}.*\p{L}/u.test(t[0]) && t[0].length <= 40;

export interface VariantContext {
  /** Articles per sentence hash over the pool (for boilerplate). */
  sentenceDf: Map<string, number>;
}

export type Variant = (row: DumpRow, ctx: VariantContext, arg: number) => ArticleFeatures;

function counts(tokens: readonly DumpToken[], weight: (t: DumpToken) => number, into: Record<string, number> = {}): Record<string, number> {
  for (const t of tokens) {
    if (!isTerm(t)) continue;
    const w = weight(t);
    if (w > 0) into[t[0]] = (into[t[0]] ?? 0) + w;
  }
  return into;
}

/** Content terms with the title counted twice (today's terms, rebuilt from tokens). */
function baseTerms(row: DumpRow, weight: (t: DumpToken) => number = () => 1): Record<string, number> {
  const terms = counts(row.tokens, weight);
  counts(row.title, (t) => 2 * weight(t), terms);
  return terms;
}

/** Adjacent pairs of a token sequence's content lemmas (within a sentence), as "a b" keys. */
function pairs(tokens: readonly DumpToken[], keep: (a: DumpToken, b: DumpToken) => boolean, into: Record<string, number>, w = 1): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] as DumpToken;
    const b = tokens[i + 1] as DumpToken;
    if (a[3] !== b[3] || !isTerm(a) || !isTerm(b) || !keep(a, b)) continue;
    const k = `${a[0]} ${b[0]}`;
    into[k] = (into[k] ?? 0) + w;
  }
}

export const VARIANTS: Record<string, Variant> = {
  stored: (row) => row.features,
  base: (row) => ({ ...row.features, terms: baseTerms(row) }),
  /** Proper nouns count `arg` times. */
  propn: (row, _c, arg) => ({ ...row.features, terms: baseTerms(row, (t) => (t[1] === "PROPN" ? arg : 1)) }),
  /** Plus adjacent proper-noun pairs ("lindsay lohan") as terms, counted `arg`. */
  propnPairs: (row, _c, arg) => {
    const terms = baseTerms(row);
    pairs(row.tokens, (a, b) => a[1] === "PROPN" && b[1] === "PROPN", terms, arg);
    return { ...row.features, terms };
  },
  /** Plus every adjacent content-lemma pair as a term, counted `arg`. */
  bigrams: (row, _c, arg) => {
    const terms = baseTerms(row);
    pairs(row.tokens, () => true, terms, arg);
    pairs(row.title, () => true, terms, 2 * arg);
    return { ...row.features, terms };
  },
  /** Tokens of sentences found in `arg` or more articles of the pool are dropped (boilerplate). */
  boiler: (row, ctx, arg) => {
    const drop = new Set(row.sentences.map((h, i) => ((ctx.sentenceDf.get(h) ?? 0) >= arg ? i : -1)).filter((i) => i >= 0));
    return { ...row.features, terms: baseTerms(row, (t) => (drop.has(t[3]) ? 0 : 1)) };
  },
  /** First `arg` sentences count twice. */
  lead: (row, _c, arg) => ({ ...row.features, terms: baseTerms(row, (t) => (t[3] < arg ? 2 : 1)) }),
  /** Title counted `arg` times instead of twice. */
  title: (row, _c, arg) => {
    const terms = counts(row.tokens, () => 1);
    counts(row.title, () => arg, terms);
    return { ...row.features, terms };
  },
  /** Verbs count `arg` (0: dropped). */
  verbs: (row, _c, arg) => ({ ...row.features, terms: baseTerms(row, (t) => (t[1] === "VERB" ? arg : 1)) }),
  /** Adjectives count `arg` (0: dropped). */
  adjs: (row, _c, arg) => ({ ...row.features, terms: baseTerms(row, (t) => (t[1] === "ADJ" ? arg : 1)) }),
  /** Title lemmas (or, without a title, the first sentence's) as extra value-like keys. */
  titleKeys: (row) => {
    const src = row.title.length ? row.title : row.tokens.filter((t) => t[3] === 0);
    const keys = [...new Set(src.filter(isTerm).map((t) => `t:${t[0]}`))];
    return { ...row.features, values: [...row.features.values, ...keys] };
  },
  /** Lead (first `arg` sentences) lemmas as extra value-like keys. */
  leadKeys: (row, _c, arg) => {
    const keys = [...new Set(row.tokens.filter((t) => t[3] < arg && isTerm(t)).map((t) => `l:${t[0]}`))];
    return { ...row.features, values: [...row.features.values, ...keys] };
  },
  /** People keyed by their last name ("donald j. trump" and "trump" meet). */
  entityLast: (row) => {
    const entities: Record<string, number> = {};
    for (const [name, type] of row.entities) {
      const key = type === "person" ? (name.split(/\s+/).pop() ?? name) : name;
      entities[key] = (entities[key] ?? 0) + 1;
    }
    return { ...row.features, entities };
  },
  /** Entity pairs: every two entities of one article as a value-like key. */
  entityPairs: (row) => {
    const names = [...new Set(row.entities.map((e) => e[0]))].sort().slice(0, 30);
    const values = [...row.features.values];
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) values.push(`pair:${names[i]}|${names[j]}`);
    return { ...row.features, values };
  },
};
