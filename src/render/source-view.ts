import type { Briefing, SourceInfo } from "../model/briefing.js";
import { escapeHtml } from "./escape-html.js";
import { anchorId } from "./render-helpers.js";

interface Mark {
  start: number;
  end: number;
  open: string;
}

const SENTENCE_OPINION = new Set(["opinion", "analysis", "address", "first-person", "speculation"]);

/** Sentence-level anchors (every cited range) and opinion / loaded-word marks for one source. */
function marksFor(b: Briefing, source: SourceInfo): Mark[] {
  const ranges = new Map<string, { start: number; end: number }>();
  const cite = (c: { source: string; start: number; end: number }) => {
    if (c.source === source.id) ranges.set(`${c.start}:${c.end}`, { start: c.start, end: c.end });
  };
  for (const f of b.facts) f.evidence.forEach(cite);
  for (const s of b.summary) s.citations.forEach(cite);
  for (const d of b.disagreements) for (const p of d.positions) p.evidence.forEach(cite);
  for (const q of b.quotes) for (const v of q.variants) cite(v.evidence);
  for (const t of b.timeline) t.evidence.forEach(cite);
  const opinion = b.opinion.filter((o) => o.source === source.id);
  // Opinion passages are marked in the source view even when nothing cites them.
  for (const o of opinion) if (SENTENCE_OPINION.has(o.kind)) cite(o.evidence);
  const marks: Mark[] = [];
  for (const r of ranges.values()) {
    const op = opinion.find((o) => SENTENCE_OPINION.has(o.kind) && o.evidence.start < r.end && o.evidence.end > r.start);
    const cls = op ? ` class="sent opinion" title="${escapeHtml(`${op.kind}: ${op.reason}`)}"` : ` class="sent"`;
    marks.push({ start: r.start, end: r.end, open: `<span id="${anchorId({ source: source.id, start: r.start }, b)}"${cls}>` });
  }
  for (const o of opinion) {
    if (o.kind !== "loaded") continue;
    const title = `${o.reason}${o.neutral ? `; neutral: ${o.neutral}` : ""}`;
    marks.push({ start: o.evidence.start, end: o.evidence.end, open: `<span class="loaded" title="${escapeHtml(title)}">` });
  }
  return marks;
}

/**
 * The source's cleaned text as HTML with every cited sentence wrapped in an anchor that a citation
 * link targets. Marks that would cross another mark's boundary are left out rather than produce
 * broken markup; all text is escaped.
 */
export function renderSourceText(b: Briefing, source: SourceInfo): string {
  const text = source.text;
  const marks = marksFor(b, source)
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Mark[] = [];
  const stack: Mark[] = [];
  for (const m of marks) {
    while (stack.length && (stack[stack.length - 1]?.end ?? 0) <= m.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && m.end > top.end) continue; // crosses its parent: skip
    kept.push(m);
    stack.push(m);
  }
  const opens = new Map<number, Mark[]>();
  const closes = new Map<number, number>();
  for (const m of kept) {
    opens.set(m.start, [...(opens.get(m.start) ?? []), m]);
    closes.set(m.end, (closes.get(m.end) ?? 0) + 1);
  }
  let out = "";
  let last = 0;
  const points = [...new Set([...opens.keys(), ...closes.keys()])].sort((a, b) => a - b);
  for (const p of points) {
    out += escapeHtml(text.slice(last, p));
    last = p;
    for (let i = 0; i < (closes.get(p) ?? 0); i++) out += "</span>";
    for (const m of opens.get(p) ?? []) out += m.open;
  }
  out += escapeHtml(text.slice(last));

  return out
    .split(/\n{2,}/)
    .map((p) => `<p>${p}</p>`)
    .join("");
}
