import type { QuoteMention } from "../../src/model/quote.js";
import type { GoldArticle, GoldQuote } from "./quotes-gold.js";

/** Counts for precision, recall and speaker accuracy over direct quotes. */
export interface QuoteScore {
  system: number;
  systemCorrect: number;
  gold: number;
  goldFound: number;
  /** Found quotes whose gold attribution names a source. */
  withSource: number;
  speakerCorrect: number;
  speakerUnknown: number;
  errors: Array<{ article: string; quote: string; ours: string | null; gold: string; rule: string; context: string }>;
}

const PRONOUNS = new Set(["he", "she", "they", "it", "i", "we", "him", "her", "them"]);

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** Last word of a name ("Ada Brennan" -> "brennan"): the head a gold Source span must contain. */
function head(name: string): string {
  const w = words(name);
  return w[w.length - 1] ?? "";
}

/** The nearest gold Source before `pos` that is not a pronoun: the referent of a pronoun source. */
function referentOf(article: GoldArticle, pos: number): string | undefined {
  const before = article.sources.filter((s) => s.end <= pos && !PRONOUNS.has(s.text.toLowerCase().trim()));
  return before[before.length - 1]?.text;
}

/**
 * Is our speaker the gold one? Correct when (1) where we found the speaker (name, pronoun or role) or
 * where its resolved name is written overlaps the gold Source span, or (2) the head word of our name
 * is a word of the gold Source text, or (3) the gold Source is a pronoun and the head word of our
 * name is a word of the nearest earlier non-pronoun gold Source. A null speaker is never correct.
 */
export function isSpeakerCorrect(article: GoldArticle, q: QuoteMention, gold: GoldQuote): boolean {
  const src = gold.source;
  if (!src || q.speaker === null) return false;
  if (q.speakerSpan && overlap(q.speakerSpan, src) > 0) return true;
  if (q.nameSpan && overlap(q.nameSpan, src) > 0) return true;
  const h = head(q.speaker);
  if (h && words(src.text).includes(h)) return true;
  if (PRONOUNS.has(src.text.toLowerCase().trim())) {
    const ref = referentOf(article, src.start);
    if (ref && h && words(ref).includes(h)) return true;
  }
  return false;
}

/** True when the quote opens with a double quotation mark (the gold's direct quotes are double-quoted). */
export function isDoubleQuoted(text: string, q: QuoteMention): boolean {
  let i = q.start - 1;
  while (i >= 0 && /\s/.test(text[i] ?? "")) i--;
  return /["“”„«]/.test(text[i] ?? "");
}

/**
 * Score one article. A system quote is correct when at least half its characters lie in gold direct
 * quotes; a gold quote is found when at least half its characters are covered by system quotes.
 * Speaker accuracy is measured on correct system quotes whose best-overlapping gold quote has a Source.
 */
export function scoreArticle(article: GoldArticle, found: readonly QuoteMention[], into: QuoteScore): void {
  const sys = found.filter((q) => !q.nested && isDoubleQuoted(article.text, q));
  into.system += sys.length;
  into.gold += article.quotes.length;
  for (const q of sys) {
    const len = Math.max(1, q.end - q.start);
    const inGold = article.quotes.reduce((n, g) => n + overlap(q, g), 0);
    if (inGold / len < 0.5) continue;
    into.systemCorrect++;
    const best = [...article.quotes].sort((a, b) => overlap(q, b) - overlap(q, a))[0];
    if (!best?.source) continue;
    into.withSource++;
    if (q.speaker === null) into.speakerUnknown++;
    if (isSpeakerCorrect(article, q, best)) into.speakerCorrect++;
    else
      into.errors.push({
        article: article.name,
        quote: q.text.slice(0, 70),
        ours: q.speaker === null ? null : `${q.speaker} [${q.speakerSpan ? article.text.slice(q.speakerSpan.start, q.speakerSpan.end) : ""}]`,
        gold: best.source.text,
        rule: q.rule,
        context: article.text.slice(Math.max(0, Math.min(q.start, best.source.start) - 80), Math.max(q.end, best.source.end) + 60).replace(/\s+/g, " "),
      });
  }
  for (const g of article.quotes) {
    const covered = sys.reduce((n, q) => n + overlap(q, g), 0);
    if (covered / Math.max(1, g.end - g.start) >= 0.5) into.goldFound++;
  }
}
