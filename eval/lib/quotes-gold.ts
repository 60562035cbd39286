import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A brat text-bound annotation: type and its (possibly discontinuous) character ranges. */
interface BratSpan {
  type: string;
  ranges: Array<[number, number]>;
}

/** One gold direct quote: the quoted stretch of a Content fragment, and the Source of its attribution. */
export interface GoldQuote {
  start: number;
  end: number;
  source?: { start: number; end: number; text: string };
}

/** One PolNeAR article with its gold direct quotes and every gold Source span (for pronoun referents). */
export interface GoldArticle {
  name: string;
  text: string;
  quotes: GoldQuote[];
  sources: Array<{ start: number; end: number; text: string }>;
}

const DOUBLE = /["“”„«»]/;

/** Parse a brat standoff file into spans and attribution relations. */
function readBrat(ann: string): { spans: Map<string, BratSpan>; relations: Array<Map<string, string>> } {
  const spans = new Map<string, BratSpan>();
  const relations: Array<Map<string, string>> = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    if (id.startsWith("T")) {
      const [type, ...rest] = (cols[1] ?? "").split(" ");
      const ranges = rest
        .join(" ")
        .split(";")
        .map((r) => r.trim().split(" ").map(Number) as [number, number]);
      spans.set(id, { type: type ?? "", ranges });
    } else if (id.startsWith("E")) {
      const roles = new Map<string, string>();
      for (const part of (cols[1] ?? "").split(" ")) {
        const [role, ref] = part.split(":");
        if (role && ref) roles.set(role, ref);
      }
      relations.push(roles);
    }
  }
  return { spans, relations };
}

/**
 * The quoted stretch of one Content fragment: from just after its first double quotation mark to just
 * before its last one (a fragment that opens a quote and ends before closing it runs to its end).
 * Fragments without a double quotation mark are indirect speech and not direct quotes.
 */
function quotedStretch(text: string, start: number, end: number): [number, number] | undefined {
  const frag = text.slice(start, end);
  const first = frag.search(DOUBLE);
  if (first < 0) return undefined;
  let last = -1;
  for (let i = frag.length - 1; i > first; i--) {
    if (DOUBLE.test(frag[i] ?? "")) {
      last = i;
      break;
    }
  }
  const s = start + first + 1;
  const e = last > first ? start + last : end;
  let a = s;
  let b = e;
  while (a < b && /[\s,]/.test(text[a] ?? "")) a++;
  while (b > a && /[\s,]/.test(text[b - 1] ?? "")) b--;
  return b - a >= 2 ? [a, b] : undefined;
}

/** Load `dir/text/*.txt` with one annotator's `dir/attributions/<name>_<annotator>.ann` each (the first in name order). */
export function loadPolnear(dir: string, limit = Infinity): GoldArticle[] {
  const annFiles = readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")).sort();
  const out: GoldArticle[] = [];
  for (const file of readdirSync(join(dir, "text")).filter((f) => f.endsWith(".txt")).sort()) {
    if (out.length >= limit) break;
    const name = file.slice(0, -4);
    const ann = annFiles.find((f) => f.startsWith(`${name}_`));
    if (!ann) continue;
    const text = readFileSync(join(dir, "text", file), "utf8");
    const { spans, relations } = readBrat(readFileSync(join(dir, "attributions", ann), "utf8"));
    const quotes: GoldQuote[] = [];
    const sources: GoldArticle["sources"] = [];
    for (const s of spans.values()) {
      if (s.type !== "Source") continue;
      for (const [a, b] of s.ranges) sources.push({ start: a, end: b, text: text.slice(a, b) });
    }
    for (const rel of relations) {
      const content = spans.get(rel.get("Content") ?? "");
      if (!content) continue;
      const src = spans.get(rel.get("Source") ?? "");
      const r = src?.ranges[0];
      const lastRange = src?.ranges[src.ranges.length - 1];
      const source = r && lastRange ? { start: r[0], end: lastRange[1], text: text.slice(r[0], lastRange[1]) } : undefined;
      for (const [a, b] of content.ranges) {
        const q = quotedStretch(text, a, b);
        if (q) quotes.push({ start: q[0], end: q[1], ...(source ? { source } : {}) });
      }
    }
    sources.sort((x, y) => x.start - y.start);
    out.push({ name, text, quotes: quotes.sort((x, y) => x.start - y.start), sources });
  }
  return out;
}
