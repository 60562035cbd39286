import { getNlp } from "./nlp.js";

/** One token as wink-nlp saw it, located in the original string. */
export interface RawToken {
  start: number;
  end: number;
  value: string;
  lemma: string;
  pos: string;
  stop: boolean;
  type: string;
}

export interface ReadText {
  tokens: RawToken[];
  /** Sentences as token index ranges `[first, last]` (inclusive), as wink-nlp split them. */
  sentences: Array<[number, number]>;
}

/**
 * wink-nlp's reading of a text as columns, one entry per token (no object per token: the segmenter
 * builds its own tokens from them, and a 2,000-article brief reads ~850,000 tokens).
 */
export interface TextColumns {
  /** Offsets of each token in the text. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** wink's lemma, as it gives it (not lower-cased). */
  readonly lemmas: readonly string[];
  readonly pos: readonly string[];
  readonly stops: readonly boolean[];
  readonly values: readonly string[];
  /** 1 where wink's token type is "tabCRLF" (a run of line breaks or tabs), else 0. */
  readonly lineBreaks: Uint8Array;
  /** Sentences as token index ranges `[first, last]` (inclusive), as wink-nlp split them. */
  readonly sentences: Array<[number, number]>;
}

/** A token that opens with a line break or tab: the only kind wink can type "tabCRLF". */
const OPENS_LINE_BREAK = /^[\n\r\t]/;

/**
 * Run wink-nlp over a text and locate each token in it. wink keeps every character (preceding spaces
 * plus token values rebuild the text), so offsets stay true; a mismatch falls back to a search.
 * With `allTypes`, also every token's type (`its.type` over the whole document); without, only which
 * tokens are line breaks: wink's tokenizer types a token "tabCRLF" only when it holds a tab or line
 * break (its category pattern is `[\t\r\n]+`, and every other token is cut at white space), so only
 * tokens that open with one are asked.
 */
function readColumns(text: string, allTypes: boolean): TextColumns & { types?: string[] } {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const lemmas = tokens.out(its.lemma as never) as unknown as string[];
  const pos = tokens.out(its.pos) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  const types = allTypes ? (tokens.out(its.type) as string[]) : undefined;
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  const lineBreaks = new Uint8Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    at += (spaces[i] ?? "").length;
    let start = at;
    if (!text.startsWith(value, start)) {
      const found = text.indexOf(value, Math.max(0, at - 2));
      start = found >= 0 ? found : at;
    }
    const end = Math.min(text.length, start + value.length);
    starts[i] = start;
    ends[i] = end;
    at = end;
    const type = types ? types[i] : OPENS_LINE_BREAK.test(value) ? tokens.itemAt(i).out(its.type) : undefined;
    if (type === "tabCRLF") lineBreaks[i] = 1;
  }
  // wink types its.span loosely; on sentences it yields [first, last] token indices.
  const sentences = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>;
  return { starts, ends, lemmas, pos, stops, values, lineBreaks, sentences, ...(types ? { types } : {}) };
}

/** wink-nlp's reading of a text as columns (see {@link readColumns}). */
export function readTextColumns(text: string): TextColumns {
  return readColumns(text, false);
}

/** A token's lemma as Parallax keeps it: lower case, the token's own value when wink gives none. */
export function lemmaAt(columns: TextColumns, i: number): string {
  return (columns.lemmas[i] ?? columns.values[i] ?? "").toLowerCase();
}

/** {@link readTextColumns} as one object per token. */
export function readText(text: string): ReadText {
  const columns = readColumns(text, true);
  const tokens: RawToken[] = [];
  for (let i = 0; i < columns.values.length; i++) {
    tokens.push({
      start: columns.starts[i] ?? 0,
      end: columns.ends[i] ?? 0,
      value: columns.values[i] ?? "",
      lemma: lemmaAt(columns, i),
      pos: columns.pos[i] ?? "X",
      stop: Boolean(columns.stops[i]),
      type: columns.types?.[i] ?? "word",
    });
  }
  return { tokens, sentences: columns.sentences };
}
