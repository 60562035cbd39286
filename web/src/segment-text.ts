/** A range of a source's text to mark in the source view (offsets as in the Briefing). */
export interface TextMark {
  start: number;
  end: number;
  kind: "cited" | "opinion" | "loaded";
  /** Why it is marked, shown as a tooltip. */
  note?: string;
}

/** A run of text under one set of marks. */
export interface TextPiece {
  start: number;
  end: number;
  text: string;
  marks: TextMark[];
}

/**
 * Cut a text into runs at every mark boundary, so overlapping marks (a loaded word inside a cited
 * sentence inside an opinion passage) each keep their exact range. Marks outside the text are clipped.
 * @example segmentText("ab cd", [{start: 3, end: 5, kind: "cited"}]) // ["ab ", "cd"(cited)]
 */
export function segmentText(text: string, marks: readonly TextMark[]): TextPiece[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    pieces.push({ start, end, text: text.slice(start, end), marks: valid.filter((m) => m.start < end && m.end > start) });
  }
  return pieces;
}
