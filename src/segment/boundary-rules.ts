/**
 * Corrections to the model's sentence boundaries, each a small rule on the text. Pieces are
 * `[start, end]` spans over the same text.
 */
export type Piece = [number, number];

/**
 * Split points inside a piece that wink-nlp missed. Each pattern's match end is the split point
 * (white space after it is trimmed away).
 */
const SPLITS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  // "I never meant that.... She left the store." — an ellipsis plus a full stop ends the sentence.
  { name: "ellipsis-full-stop", pattern: /(?:\.{4}|…\.)(?=\s+["“]?[A-Z])/g },
  // "The site is: https://example.com/page.html. Please check it out." — a URL's last dot is the stop.
  { name: "url-full-stop", pattern: /(?:https?:\/\/|www\.)\S+?\.(?=\s+["“]?[A-Z][a-z])/g },
  // "He left the bank at 6 P.M. Mr. Smith then went" — a clock abbreviation closing a clause.
  { name: "clock-full-stop", pattern: /\b\w+\s+\w+\s+\w+[^.!?]*\b\d{1,2}(?::\d\d)?\s?[ap]\.m\.(?=\s+(?:Mr|Mrs|Ms|Dr|He|She|They|It|The|We|I)\b)/gi },
];

export function splitMissedBoundaries(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const [start, end] of pieces) {
    const slice = text.slice(start, end);
    const cuts = new Set<number>();
    for (const { pattern } of SPLITS) {
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
      const continues = /^["“”'‘’(\[]?\p{Ll}/u.test(head) || /^[.…]/.test(head);
      const prevText = text.slice(prev[0], prev[1]);
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
