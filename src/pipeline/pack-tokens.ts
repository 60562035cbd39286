import type { Doc } from "../model/doc.js";
import type { Token } from "../model/token.js";
import type { SentDoc } from "./analysis-protocol.js";

/**
 * A Doc's tokens in columns, for the trip between threads: structured clone of ~400 token objects an
 * article cost ~1.3 ms (most of a Doc's clone); typed arrays and a few strings cost a small fraction.
 * Lemmas and tags are numbered in a table per Doc (an article repeats its words): the receiver makes
 * no string per token.
 */
export interface PackedTokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: Int32Array;
  /** Index into `lemmaNames`. */
  readonly lemmas: Int32Array;
  readonly lemmaNames: readonly string[];
  /** Index into `posNames`, times 2, plus 1 for a stop word. */
  readonly posStop: Uint16Array;
  readonly posNames: readonly string[];
}

/** The number of `name` in `table`, added to it when new. */
function numberOf(table: Map<string, number>, name: string): number {
  let n = table.get(name);
  if (n === undefined) table.set(name, (n = table.size));
  return n;
}

/** Columns for `tokens`. */
export function packTokens(tokens: readonly Token[]): PackedTokens {
  const n = tokens.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const sentences = new Int32Array(n);
  const lemmas = new Int32Array(n);
  const posStop = new Uint16Array(n);
  const lemmaIndex = new Map<string, number>();
  const posIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    starts[i] = t.start;
    ends[i] = t.end;
    sentences[i] = t.sentence;
    lemmas[i] = numberOf(lemmaIndex, t.lemma);
    posStop[i] = numberOf(posIndex, t.pos) * 2 + (t.stop ? 1 : 0);
  }
  return { starts, ends, sentences, lemmas, lemmaNames: [...lemmaIndex.keys()], posStop, posNames: [...posIndex.keys()] };
}

/** The tokens `packTokens` packed, equal field by field. */
export function unpackTokens(p: PackedTokens): Token[] {
  const n = p.starts.length;
  const tokens = new Array<Token>(n);
  for (let i = 0; i < n; i++) {
    const ps = p.posStop[i] as number;
    tokens[i] = {
      start: p.starts[i] as number,
      end: p.ends[i] as number,
      lemma: p.lemmaNames[p.lemmas[i] as number] as string,
      pos: p.posNames[ps >> 1] as string,
      stop: (ps & 1) === 1,
      sentence: p.sentences[i] as number,
    };
  }
  return tokens;
}

/** A Doc ready to post to another thread: its tokens as columns. */
export function sendDoc(doc: Doc): SentDoc {
  return { doc: { ...doc, tokens: [] }, packed: packTokens(doc.tokens) };
}

/** The Doc `sendDoc` sent, equal field by field (and in the same key order). */
export function receiveDoc(sent: SentDoc): Doc {
  return sent.packed ? { ...sent.doc, tokens: unpackTokens(sent.packed) } : sent.doc;
}
