import type { Doc } from "../model/doc.js";
import type { Token } from "../model/token.js";
import type { SentDoc } from "./analysis-protocol.js";

/**
 * A Doc's tokens in columns, for the trip between threads: structured clone of ~400 token objects an
 * article cost ~1.3 ms (most of a Doc's clone); typed arrays and one string cost a small fraction.
 * A lemma equal to the token's lower-cased text (most of them) is sent as "".
 */
export interface PackedTokens {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly sentences: Int32Array;
  /** Index into `posNames`, times 2, plus 1 for a stop word. */
  readonly posStop: Uint16Array;
  readonly posNames: readonly string[];
  /** Lemmas joined by SEPARATOR. */
  readonly lemmas: string;
}

const SEPARATOR = "\u0000";

/** Columns for `tokens` of `text`, or undefined when a lemma holds the separator (send as is). */
export function packTokens(tokens: readonly Token[], text: string): PackedTokens | undefined {
  const n = tokens.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const sentences = new Int32Array(n);
  const posStop = new Uint16Array(n);
  const posIndex = new Map<string, number>();
  const lemmas: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const lower = text.slice(t.start, t.end).toLowerCase();
    // "" stands for the lower-cased text, so a lemma that is itself "" (or holds the separator) cannot be sent this way.
    if (t.lemma.includes(SEPARATOR) || (t.lemma === "" && lower !== "")) return undefined;
    starts[i] = t.start;
    ends[i] = t.end;
    sentences[i] = t.sentence;
    let p = posIndex.get(t.pos);
    if (p === undefined) {
      p = posIndex.size;
      posIndex.set(t.pos, p);
    }
    posStop[i] = p * 2 + (t.stop ? 1 : 0);
    lemmas.push(t.lemma === lower ? "" : t.lemma);
  }
  return { starts, ends, sentences, posStop, posNames: [...posIndex.keys()], lemmas: lemmas.join(SEPARATOR) };
}

/** The tokens `packTokens` packed, equal field by field. */
export function unpackTokens(p: PackedTokens, text: string): Token[] {
  const n = p.starts.length;
  const lemmas = n > 0 ? p.lemmas.split(SEPARATOR) : [];
  const tokens = new Array<Token>(n);
  for (let i = 0; i < n; i++) {
    const start = p.starts[i] as number;
    const end = p.ends[i] as number;
    const ps = p.posStop[i] as number;
    const lemma = lemmas[i] || text.slice(start, end).toLowerCase();
    tokens[i] = { start, end, lemma, pos: p.posNames[ps >> 1] as string, stop: (ps & 1) === 1, sentence: p.sentences[i] as number };
  }
  return tokens;
}

/** A Doc ready to post to another thread: its tokens as columns when they pack. */
export function sendDoc(doc: Doc): SentDoc {
  const packed = packTokens(doc.tokens, doc.article.text);
  return packed ? { doc: { ...doc, tokens: [] }, packed } : { doc };
}

/** The Doc `sendDoc` sent, equal field by field (and in the same key order). */
export function receiveDoc(sent: SentDoc): Doc {
  return sent.packed ? { ...sent.doc, tokens: unpackTokens(sent.packed, sent.doc.article.text) } : sent.doc;
}
