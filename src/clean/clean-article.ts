import type { Article, Dropped, RawArticle } from "../model/article.js";
import { LINE_RULES } from "./rules/index.js";
import type { InlineEdit } from "./rules/inline-edit.js";
import { INLINE_RULES } from "./rules/inline.js";
import { SENTENCE_END, countWords } from "./rules/line-rule.js";
import { detectHeadline } from "./detect-headline.js";

interface RawLine {
  text: string;
  start: number;
}

const LOWER_CASE = /^\p{Ll}/u;

/** Lines of the body with their offsets, trimmed; blank lines skipped. */
function splitLines(body: string): RawLine[] {
  const out: RawLine[] = [];
  let at = 0;
  for (const part of body.split("\n")) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) out.push({ text, start: at + lead });
    at += part.length + 1;
  }
  return out;
}

/** Prose: a line long enough, or one that ends like a sentence. */
function looksLikeProse(line: string): boolean {
  const words = countWords(line, 7);
  return words > 6 || (words > 3 && SENTENCE_END.test(line));
}

/**
 * Apply inline edits to one line; returns the new text and what was dropped (raw offsets).
 * Linear in the line's length: a scraped "line" can be a whole 5 MB file, so no per-character search
 * of the edits and no regex over the growing output.
 */
function applyEdits(line: RawLine, edits: InlineEdit[]): { text: string; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const sorted = edits
    .filter((e): e is Extract<InlineEdit, { kind: "drop" }> => e.kind === "drop")
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping drops (a label inside a trailer): the longest one wins.
  const dropAt = new Map<number, (typeof sorted)[number]>();
  let reach = -1;
  for (const d of sorted) {
    if (reach >= d.end) continue;
    reach = Math.max(reach, d.end);
    if (!dropAt.has(d.start)) dropAt.set(d.start, d);
  }
  const spaces = new Set(edits.filter((e) => e.kind === "space").map((e) => (e as { at: number }).at));
  const events = [...new Set([...dropAt.keys(), ...spaces])].filter((p) => p >= 0 && p <= line.text.length).sort((a, b) => a - b);
  const parts: string[] = [];
  let last = "";
  const emit = (s: string) => {
    if (!s) return;
    parts.push(s);
    last = s[s.length - 1] ?? "";
  };
  const space = () => {
    if (parts.length > 0 && !/\s/.test(last)) emit(" ");
  };
  let i = 0;
  for (const p of events) {
    if (p < i) continue; // inside a range already dropped
    emit(line.text.slice(i, p));
    i = p;
    const drop = dropAt.get(p);
    if (drop) {
      dropped.push({
        text: line.text.slice(drop.start, drop.end),
        start: line.start + drop.start,
        end: line.start + drop.end,
        rule: drop.rule,
        reason: drop.reason,
      });
      space();
      i = drop.end;
      continue;
    }
    space();
  }
  emit(line.text.slice(i));
  // trimEnd, not /\s+$/: that regex is quadratic on a long run of spaces inside the line.
  return { text: parts.join("").trimEnd(), dropped };
}

/**
 * Turn a raw article into its immutable cleaned text: drop scraped page furniture line by line,
 * take the headline, repair run-together sentences and strip section labels. Everything removed is
 * listed in `dropped` with the rule and reason. Paragraphs are joined by a blank line.
 * @example cleanArticle({ id: "a", path: "a.txt", body: "Site logo\nHeadline here\nFirst sentence.Second one." })
 */
export function cleanArticle(raw: RawArticle): Article {
  const body = raw.body.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = splitLines(body);
  const dropped: Dropped[] = [];
  const lastProse = lines.reduce((last, l, i) => (looksLikeProse(l.text) ? i : last), -1);
  const firstProse = lines.findIndex((l) => looksLikeProse(l.text));
  const kept: RawLine[] = [];
  // One array for every line's context: building it per line made 20,000 short lines take 26 s.
  const texts = lines.map((l) => l.text);
  lines.forEach((line, index) => {
    const ctx = {
      index,
      lines: texts,
      inTail: index > lastProse,
      inHead: firstProse < 0 || index < firstProse,
    };
    const rule = LINE_RULES.find((r) => r.test(line.text, ctx));
    if (rule) {
      dropped.push({ text: line.text, start: line.start, end: line.start + line.text.length, rule: rule.name, reason: rule.reason });
    } else kept.push(line);
  });

  let title = raw.title?.trim() ?? "";
  if (!title && kept.length > 1 && detectHeadline(kept[0]?.text ?? "")) {
    title = kept.shift()?.text ?? "";
  } else if (title && kept[0] && kept[0].text === title) {
    kept.shift();
  }

  const paragraphs: string[] = [];
  kept.forEach((line, i) => {
    const edits = INLINE_RULES.flatMap((r) => r.find(line.text, i === kept.length - 1));
    const { text, dropped: d } = applyEdits(line, edits);
    dropped.push(...d);
    const t = text.trim();
    if (!t) return;
    // "It was a cold\nnight in the city." — a hard-wrapped line continues when the next starts in lower case.
    const prev = paragraphs[paragraphs.length - 1];
    if (prev !== undefined && !/[.!?:;"”’)\]]$/.test(prev) && LOWER_CASE.test(t)) paragraphs[paragraphs.length - 1] = `${prev} ${t}`;
    else paragraphs.push(t);
  });
  const text = paragraphs.join("\n\n");
  if (!title) title = deriveTitle(text);
  const { body: _body, ...meta } = raw;
  return { ...meta, title, text, dropped: dropped.sort((a, b) => a.start - b.start) };
}

/** No headline line: use the first sentence, shortened. */
function deriveTitle(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? "";
  return first.length > 120 ? `${first.slice(0, 117).replace(/\s+\S*$/, "")}…` : first;
}
