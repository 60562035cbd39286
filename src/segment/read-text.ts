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
 * Run wink-nlp over a text and locate each token in it. wink keeps every character (preceding spaces
 * plus token values rebuild the text), so offsets stay true; a mismatch falls back to a search.
 */
export function readText(text: string): ReadText {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: RawToken[] = [];
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
    tokens.push({
      start,
      end,
      value,
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      stop: Boolean(stops[i]),
      type: types[i] ?? "word",
    });
    at = end;
  }
  // wink types its.span loosely; on sentences it yields [first, last] token indices.
  const sentences = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>;
  return { tokens, sentences };
}
