/**
 * Corrections to the model's sentence boundaries, each a small rule on the text. Pieces are
 * `[start, end]` spans over the same text.
 */
export type Piece = [number, number];

/**
 * Split points inside a piece that wink-nlp missed. Each pattern's match end is the split point
 * (white space after it is trimmed away).
 */
const SPLITS: ReadonlyArray<{ name: string; pattern: RegExp; cue: RegExp }> = [
  // "I never meant that.... She left the store." — an ellipsis plus a full stop ends the sentence.
  { name: "ellipsis-full-stop", cue: /\.{4}|…\./, pattern: /(?:\.{4}|…\.)(?=\s+["“]?[A-Z])/g },
  // "The site is: https://example.com/page.html. Please check it out." — a URL's last dot is the stop.
  // (Bounded: an unbounded \S+? rescans a long run of "http://http://..." from every start.)
  { name: "url-full-stop", cue: /https?:\/\/|www\./, pattern: /(?:https?:\/\/|www\.)\S{1,2048}?\.(?=\s+["“]?[A-Z][a-z])/g },
  // "He left the bank at 6 P.M. Mr. Smith then went" — a clock abbreviation closing a clause.
  // (Bounded: an unbounded [^.!?]* rescans the rest of the sentence from every word, and a 5 MB
  // one-line file without a full stop took minutes.)
  { name: "clock-full-stop", cue: /[ap]\.m\./i, pattern: /\b\w+\s+\w+\s+\w+[^.!?]{0,300}\b\d{1,2}(?::\d\d)?\s?[ap]\.m\.(?=\s+(?:Mr|Mrs|Ms|Dr|He|She|They|It|The|We|I)\b)/gi },
];

export function splitMissedBoundaries(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const [start, end] of pieces) {
    const slice = text.slice(start, end);
    const cuts = new Set<number>();
    for (const { pattern, cue } of SPLITS) {
      // A cheap test first: the full patterns backtrack, and most sentences have none of these.
      if (!cue.test(slice)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) cuts.add(m.index + m[0].length);
    }
    let s = start;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      let e = start + cut;
      if (e <= s || e >= end) continue;
      out.push([s, e]);
      s = e;
      while (s < end && /\s/.test(text[s] ?? "")) s++;
      e = s;
    }
    if (s < end) out.push([s, end]);
  }
  return out;
}

/**
 * Joins: a piece that starts with a lower-case letter or with leftover ellipsis dots continues the
 * one before ("agreed to…. we didn’t get there"; "what I mean...see"), and so does one after a
 * single line break that does not start a new sentence ("It was a cold \nnight in the city."). A
 * blank line always separates.
 */
export function mergeFalseBoundaries(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = text.slice(prev[1], piece[0]);
      const head = text.slice(piece[0], piece[0] + 3);
      const continues = OPENS_LOWER_CASE.test(head) || /^[.…]/.test(head);
      // Only its end matters; a $-anchored regex over the whole growing piece is quadratic.
      const prevText = text.slice(Math.max(prev[0], prev[1] - 8), prev[1]);
      const lineBreakOnly = gap.includes("\n") && !/\n\s*\n/.test(gap);
      if (!/\n\s*\n/.test(gap) && continues && (!lineBreakOnly || !/[.!?:;]["”’)]?$/.test(prevText))) {
        prev[1] = piece[1];
        continue;
      }
    }
    out.push([piece[0], piece[1]]);
  }
  return out;
}

/** A piece that opens in lower case, after at most one quotation mark or bracket. */
const OPENS_LOWER_CASE = /^["“”'‘’([]?\p{Ll}/u;

/** Longest sentence kept whole, in characters. News sentences run to a few hundred. */
export const MAX_SENTENCE_CHARS = 3000;

/**
 * A "sentence" longer than MAX_SENTENCE_CHARS is a text without usable punctuation (a 5 MB line of
 * words, a table flattened to one line): cut it at the last white space before the limit (or at the
 * limit, never inside a surrogate pair) so that per-sentence work downstream stays bounded.
 */
export function splitOverlongPieces(text: string, pieces: Piece[], max = MAX_SENTENCE_CHARS): { pieces: Piece[]; cut: Piece[] } {
  const out: Piece[] = [];
  const cut: Piece[] = [];
  for (const [start, end] of pieces) {
    if (end - start <= max) {
      out.push([start, end]);
      continue;
    }
    cut.push([start, end]);
    let s = start;
    while (end - s > max) {
      let e = s + max;
      let w = e;
      while (w > s + max / 2 && !/\s/.test(text[w] ?? "")) w--;
      if (w > s + max / 2) e = w;
      else if (/[\uDC00-\uDFFF]/.test(text[e] ?? "")) e--;
      let pe = e;
      while (pe > s && /\s/.test(text[pe - 1] ?? "")) pe--;
      out.push([s, pe]);
      s = e;
      while (s < end && /\s/.test(text[s] ?? "")) s++;
    }
    if (s < end) out.push([s, end]);
  }
  return { pieces: out, cut };
}
