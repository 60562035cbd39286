import { SENTENCE_OPINION_KINDS } from "../annotate/opinion/index.js";
import { quotedChars } from "../compare/sentence-traits.js";
import type { Options } from "../config/options.js";
import type { Doc } from "../model/doc.js";
import type { Fact } from "../model/fact.js";
import type { Sentence } from "../model/sentence.js";
import type { Token } from "../model/token.js";
import type { Citation } from "../model/span.js";
import type { TimelineEvent } from "../model/timeline.js";
import { type EventTime, PRECISION_RANK } from "./timeline/event-time.js";
import { findSentenceTimes, type TimeReference } from "./timeline/find-sentence-times.js";
import { weekdayIndex } from "./timeline/resolve-weekday.js";
import { orderEvents, type TimedSentence } from "./timeline/order-events.js";
import { wordCount } from "./word-count.js";

/** A timeline longer than this stops being a timeline. */
const MAX_EVENTS = 40;
/** A sentence shorter than this states no event. */
const MIN_WORDS = 4;
/** Sentences mostly inside quotation marks report what someone said, not when something happened. */
const MAX_QUOTED = 0.6;

function parseDate(s: string | undefined): Date | undefined {
  if (!s) return undefined;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Share of a sentence's characters inside the doc's quote annotations (not its bare quote marks). */
function quotedShare(doc: Doc, s: Sentence): number {
  return quotedChars(doc, s) / Math.max(1, s.end - s.start);
}

function isOpinionSentence(doc: Doc, s: Sentence): boolean {
  return doc.opinion.some((o) => SENTENCE_OPINION_KINDS.has(o.kind) && o.evidence.start < s.end && o.evidence.end > s.start);
}

/**
 * With no publication date, weekdays are resolved in a stand-in week far in the future, "published"
 * on the weekday that puts the weekdays the sources name closest before it (Tuesday and Thursday ->
 * published Thursday): the story's days then order among themselves and after every explicit date,
 * without claiming a calendar date.
 */
function standInReference(docs: readonly Doc[]): TimeReference {
  const counts = new Array<number>(7).fill(0);
  for (const d of docs) for (const m of d.article.text.matchAll(/\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g)) {
    const i = weekdayIndex(m[0]);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  let base = 0;
  let least = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 7; r++) {
    const cost = counts.reduce((sum, n, w) => sum + n * ((r - w + 7) % 7), 0);
    if (cost < least) [base, least] = [r, cost];
  }
  // 9000-01-01 is a Wednesday (index 3).
  return { date: new Date(Date.UTC(9000, 0, 1 + ((base - 3 + 7) % 7))), synthetic: true };
}

/** The most telling time of a sentence: the most precise, then the first. */
function pickTime(times: readonly EventTime[]): EventTime | undefined {
  let best: EventTime | undefined;
  for (const t of times) if (!best || PRECISION_RANK[t.precision] > PRECISION_RANK[best.precision]) best = t;
  return best;
}

/** Which fact each sentence belongs to: source -> sentence start -> fact. */
function indexFacts(facts: readonly Fact[]): Map<string, Map<number, Fact>> {
  const out = new Map<string, Map<number, Fact>>();
  for (const f of facts) {
    for (const e of f.evidence) {
      let bySource = out.get(e.source);
      if (!bySource) out.set(e.source, (bySource = new Map()));
      bySource.set(e.start, f);
    }
  }
  return out;
}

/**
 * Events of the story in order, each with its time as precise as the sources allow: dates; weekdays
 * resolved against each article's publication date (else `options.referenceDate`); bare years;
 * "before the summit"/"after the talks" placed beside the anchor event's date; and, when nothing
 * dates an event, its place among its article's dated sentences. Sentences that report the same
 * fact (from `alignSentences`) are one event with every source that reports it.
 * @example buildTimeline(docs, facts, options)[0] // { text, time: { label: "Friday", iso: "2025-08-15", precision: "day" }, sources, evidence }
 */
export function buildTimeline(docs: readonly Doc[], facts: readonly Fact[], options?: Pick<Options, "referenceDate">): TimelineEvent[] {
  const given = parseDate(options?.referenceDate);
  const fallback: TimeReference = given ? { date: given, synthetic: false } : standInReference(docs);
  const factOf = indexFacts(facts);
  const timed: TimedSentence[] = [];
  docs.forEach((doc, d) => {
    const published = parseDate(doc.article.published);
    const reference: TimeReference = published ? { date: published, synthetic: false } : fallback;
    const text = doc.article.text;
    const factsHere = factOf.get(doc.article.id);
    // Tokens of each sentence, grouped once (filtering every token per sentence was quadratic).
    const tokensOf = new Map<number, Token[]>();
    for (const t of doc.tokens) {
      let list = tokensOf.get(t.sentence);
      if (!list) tokensOf.set(t.sentence, (list = []));
      list.push(t);
    }
    for (const s of doc.sentences) {
      if (isOpinionSentence(doc, s) || quotedShare(doc, s) > MAX_QUOTED) continue;
      // "Today" alone on a line is a section label, not an event.
      if (wordCount(text, s.start, s.end) < MIN_WORDS) continue;
      const tokens = tokensOf.get(s.index) ?? [];
      const time = pickTime(findSentenceTimes(text.slice(s.start, s.end), s.start, reference, tokens, text));
      if (!time) continue;
      timed.push({ doc: d, sentence: s, time, tokens, fact: factsHere?.get(s.start) });
    }
  });
  const events: TimelineEvent[] = [];
  for (const group of orderEvents(timed)) {
    // The sentence that gives the event its time speaks for it.
    const first = group.members.find((m) => m.time === group.time) ?? group.members[0];
    if (!first) continue;
    const doc = docs[first.doc];
    if (!doc) continue;
    const fact = first.fact;
    const evidence: Citation[] = fact
      ? fact.evidence
      : group.members.map((m) => ({ source: docs[m.doc]?.article.id ?? "", start: m.sentence.start, end: m.sentence.end }));
    const t = group.time;
    events.push({
      text: doc.article.text.slice(first.sentence.start, first.sentence.end),
      time: { label: t.label, ...(t.iso ? { iso: t.iso } : {}), precision: t.precision },
      sources: [...new Set(fact ? fact.sources : evidence.map((e) => e.source))],
      evidence,
    });
    if (events.length >= MAX_EVENTS) break;
  }
  return events;
}
