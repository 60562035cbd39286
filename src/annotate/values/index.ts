import type { Options } from "../../config/options.js";
import type { Doc } from "../../model/doc.js";
import type { Sentence } from "../../model/sentence.js";
import type { Warning } from "../../model/span.js";
import type { Token } from "../../model/token.js";
import type { ValueMention } from "../../model/value.js";
import { attachSlot } from "./attach-slot.js";
import { findAges } from "./find-ages.js";
import { findDates } from "./find-dates.js";
import { findQuantities } from "./find-quantities.js";
import { overlaps, type ValueDraft } from "./value-draft.js";

/** The date relative expressions are read against: the article's own date, else the configured one. */
export function referenceDateOf(doc: Doc, options: Pick<Options, "referenceDate">): Date | undefined {
  for (const raw of [doc.article.published, options.referenceDate]) {
    if (!raw) continue;
    const d = new Date(raw);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return undefined;
}

/**
 * Quantities and dates of one article, overlaps settled: a date beats a bare number inside it
 * ("15" in "August 15, 2025"); a quantity with a unit beats a date read into it.
 */
function findAllValues(doc: Doc, reference: Date | undefined): ValueDraft[] {
  const text = doc.article.text;
  const ages = findAges(text, doc.tokens);
  // "33-year-old" is an age, not a duration of 33 years.
  const quantities = [...ages, ...findQuantities(text, doc.tokens).filter((q) => !ages.some((a) => overlaps(a, q)))];
  const dates: ValueDraft[] = [];
  for (const s of doc.sentences) {
    for (const d of findDates(text.slice(s.start, s.end), { reference })) {
      dates.push({ ...d, start: d.start + s.start, end: d.end + s.start });
    }
  }
  const keptDates = dates.filter((d) => !quantities.some((q) => q.kind !== "number" && q.kind !== "count" && overlaps(q, d)));
  const keptQuantities = quantities.filter((q) => !keptDates.some((d) => overlaps(q, d)));
  return [...keptQuantities, ...keptDates].sort((a, b) => a.start - b.start);
}

/**
 * The first sentence that holds character `at` (`start <= at < end`), or undefined. Sentences in order
 * and apart, as the segmenter makes them, are searched by halves; any others one by one.
 */
export function sentenceFinder(sentences: readonly Sentence[]): (at: number) => Sentence | undefined {
  const ordered = sentences.every((s, i) => s.start <= s.end && (i === 0 || (sentences[i - 1]?.end ?? 0) <= s.start));
  if (!ordered) return (at) => sentences.find((s) => at >= s.start && at < s.end);
  return (at) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid] as Sentence;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
}

/** Stage: finds typed values with their slots (needs sentences, tokens; adds `values`). */
export function annotateValues(doc: Doc, options: Options): Doc {
  const reference = referenceDateOf(doc, options);
  const values: ValueMention[] = [];
  const warnings: Warning[] = [];
  const bySentence = new Map<number, Token[]>();
  for (const t of doc.tokens) {
    if (!bySentence.has(t.sentence)) bySentence.set(t.sentence, []);
    bySentence.get(t.sentence)!.push(t);
  }
  const sentenceAt = sentenceFinder(doc.sentences);
  for (const draft of findAllValues(doc, reference)) {
    const sentence = sentenceAt(draft.start);
    if (!sentence) continue;
    const tokens = bySentence.get(sentence.index) ?? [];
    const slot = draft.slot ?? attachSlot(draft, tokens, doc.article.text);
    values.push({
      ...draft,
      ...(slot ? { slot } : {}),
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
    });
  }
  const weekdays = values.filter((v) => v.precision === "weekday");
  if (weekdays.length > 0) {
    warnings.push({
      stage: "annotate",
      rule: "values/unresolved-weekday",
      source: doc.article.id,
      start: weekdays[0]!.start,
      end: weekdays[0]!.end,
      reason: `${weekdays.length} weekday(s) kept unresolved: the article has no publication date (pass --reference-date)`,
    });
  }
  return { ...doc, values, warnings: [...doc.warnings, ...warnings] };
}
