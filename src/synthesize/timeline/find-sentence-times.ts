import type * as chrono from "chrono-node";
import { parseCuedDates } from "../../annotate/values/parse-cued-dates.js";
import type { Token } from "../../model/token.js";
import { dayNumber, type EventTime, isoDate } from "./event-time.js";
import { resolveWeekday, weekdayIndex } from "./resolve-weekday.js";
import { rejectTime } from "./time-guards.js";

/** "in 2014", "since 1991", "the 2022 invasion": a bare year, which chrono-node misses. */
const YEAR = /\b(?:(?:in|since|during|until|by|from|of|early|late|mid-?)\s+|['’]s\s+|the\s+)((?:1[89]|20)\d{2})(?![\d%.,]\d|\s*(?:%|percent|people|votes|troops|jobs|dollars))\b/gi;

/** "before the summit", "after the talks", "ahead of the vote": a time relative to another event. */
const RELATIVE = /\b(before|after|following|ahead of|prior to|in the run-up to|in the wake of)\s+(?:the|this|that|their|his|her|its|our|a)\s+/gi;

/** Nouns that name an event, so "before the press" (a place) or "after the minister" stay out. */
const EVENT_NOUNS = new Set([
  "summit", "talk", "talks", "meeting", "election", "vote", "referendum", "war", "attack", "visit", "trip", "speech",
  "conference", "hearing", "trial", "verdict", "ruling", "announcement", "ceremony", "game", "match", "race", "crash",
  "storm", "earthquake", "flood", "fire", "shooting", "explosion", "invasion", "coup", "protest", "rally", "strike",
  "debate", "interview", "call", "negotiation", "negotiations", "agreement", "deal", "launch", "release", "arrest",
  "raid", "session", "primary", "caucus", "inauguration", "funeral", "wedding", "incident", "collision", "outbreak",
  "pandemic", "crisis", "ceasefire", "truce", "vote", "decision", "resignation", "departure", "arrival", "hurricane",
]);

/** Words after "before the"/"after the" that name no event ("after the fact", "before the end"). */
const NOT_EVENTS = new Set(["fact", "end", "start", "beginning", "time", "way", "day", "week", "year", "month", "first", "same", "rest", "most", "moment", "point", "age"]);

/** Words that make a chrono hit without a calendar part a real relative time ("last week"). */
const RELATIVE_WORD = /\b(?:ago|last|this|next|past|earlier|later|yesterday|today|tonight|tomorrow)\b/i;
/** A sentence about what is still to come ("will", "is scheduled to"). */
const FUTURE = /\b(?:will|shall|(?:is|are) (?:scheduled|expected|set|due|slated|planning|going) to|plans? to|next|upcoming)\b/i;

/** A day-precise time from calendar parts (with the clock when chrono knows the hour). */
function dated(label: string, y: number, mo: number, d: number, c: chrono.ParsedComponents): Omit<EventTime, "start" | "end"> {
  const hour = c.isCertain("hour");
  return { label, iso: isoDate(y, mo, d) + (hour ? clock(c) : ""), precision: hour ? "time" : "day", key: dayNumber(y, mo, d) + (hour ? (c.get("hour") ?? 0) / 24 : 0.5) };
}

/** Clock time in ISO form when chrono knows the hour. */
function clock(c: chrono.ParsedComponents): string {
  return `T${String(c.get("hour") ?? 0).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}`;
}

/** The date weekdays are resolved from, and whether it is only a stand-in (no publication date known). */
export interface TimeReference {
  readonly date: Date;
  /** A stand-in week placed after every real date: keys order events, but no ISO date is claimed. */
  readonly synthetic: boolean;
}

function fromChrono(r: chrono.ParsedResult, sentence: string, ref: TimeReference | undefined): Omit<EventTime, "start" | "end"> | undefined {
  const c = r.start;
  const reference = ref && !ref.synthetic ? ref.date : undefined;
  // Without a publication date, "today", "last week" or "three years ago" cannot be placed.
  if (!reference && /\b(?:today|tonight|yesterday|tomorrow|now|ago|last|next|this|earlier|later)\b/i.test(r.text)) return undefined;
  const label = r.text.replace(/^(?:on|in|at|by|since|last|this)\s+/i, (m) => (/^(last|this)/i.test(m) ? m : "")).replace(/[\s,;:.]+$/, "");
  const y = c.get("year") ?? 0;
  const mo = c.get("month") ?? 1;
  const d = c.get("day") ?? 1;
  if (c.isCertain("day") && c.isCertain("month")) {
    if (!c.isCertain("year") && !reference) return { label, precision: "day", key: Number.NaN };
    // "capped a process that began Sept. 18" in a June paper: a date without a year that would lie
    // ahead of publication is last year's, unless the sentence looks forward; and the reverse.
    if (!c.isCertain("year") && reference) {
      const ahead = dayNumber(y, mo, d) - reference.getTime() / 86_400_000;
      const future = FUTURE.test(sentence);
      if (!future && ahead > 7) return dated(label, y - 1, mo, d, c);
      // "will be held on Sept. 18" in a March paper: chrono picks the nearer, past, September.
      if (future && ahead < -7) return dated(label, y + 1, mo, d, c);
    }
    const hour = c.isCertain("hour");
    return { label, iso: isoDate(y, mo, d) + (hour ? clock(c) : ""), precision: hour ? "time" : "day", key: dayNumber(y, mo, d) + (hour ? (c.get("hour") ?? 0) / 24 : 0.5) };
  }
  if (c.isCertain("weekday")) {
    const wd = weekdayIndex(/\p{L}+/u.exec(r.text.replace(/^(?:on|last|this|next)\s+/i, ""))?.[0] ?? "");
    if (wd < 0 || !ref) return { label, precision: "day", key: Number.NaN };
    const day = resolveWeekday(wd, ref.date, sentence.slice(Math.max(0, r.index - 60), r.index + r.text.length));
    const hour = c.isCertain("hour");
    const [yy, mm, dd] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const key = dayNumber(yy, mm, dd) + (hour ? (c.get("hour") ?? 0) / 24 : 0.5);
    if (ref.synthetic) return { label, precision: "day", key };
    return { label, iso: isoDate(yy, mm, dd) + (hour ? clock(c) : ""), precision: hour ? "time" : "day", key };
  }
  if (c.isCertain("month")) {
    if (!c.isCertain("year") && !reference) return { label, precision: "month", key: Number.NaN };
    return { label, iso: `${y}-${String(mo).padStart(2, "0")}`, precision: "month", key: dayNumber(y, mo, 15) };
  }
  if (!reference) return undefined;
  // "ages from 4 to 26", "the night's winners": no date part and no relative word is no time at all.
  if (!RELATIVE_WORD.test(r.text)) return undefined;
  // "yesterday", "last week", "three years ago": chrono resolves them against the reference.
  if (/\bago\b/i.test(r.text) && /\byears?\b/i.test(r.text)) return { label, iso: String(y), precision: "year", key: dayNumber(y, 7, 1) };
  if (/\b(?:today|tonight|yesterday|tomorrow)\b/i.test(r.text)) return { label, iso: isoDate(y, mo, d), precision: "day", key: dayNumber(y, mo, d) + 0.5 };
  return { label, precision: "relative", key: dayNumber(y, mo, d) };
}

/**
 * Times in one sentence: dates and weekdays (chrono-node, guarded against its false hits and with
 * weekdays resolved from the publication date), bare years, and times relative to another event.
 * `offset` is the sentence's start in the article; returned offsets are absolute.
 */
export function findSentenceTimes(sentence: string, offset: number, ref: TimeReference | undefined, tokens: readonly Token[], text: string): EventTime[] {
  const out: EventTime[] = [];
  for (const r of parseCuedDates(sentence, ref?.date ?? new Date(Date.UTC(2000, 0, 1)))) {
    if (rejectTime(r.text, sentence, r.index)) continue;
    const t = fromChrono(r, sentence, ref);
    if (t) out.push({ ...t, start: offset + r.index, end: offset + r.index + r.text.length });
  }
  for (const m of sentence.matchAll(YEAR)) {
    const year = Number(m[1]);
    const at = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    if (out.some((t) => t.start <= offset + at && t.end >= offset + at + 4)) continue;
    out.push({ label: m[0].trim().replace(/^(?:the|['’]s)\s+/i, ""), iso: String(year), precision: "year", key: dayNumber(year, 7, 1), start: offset + at, end: offset + at + 4 });
  }
  for (const m of sentence.matchAll(RELATIVE)) {
    const from = offset + (m.index ?? 0) + m[0].length;
    // The head of the noun phrase: its last noun ("the first bilateral meeting" -> "meeting").
    let noun: Token | undefined;
    for (const t of tokens) {
      if (t.start < from) continue;
      if (!["ADJ", "NOUN", "PROPN", "PUNCT", "NUM"].includes(t.pos) || (t.pos === "PUNCT" && text[t.start] !== "-")) break;
      if (t.pos === "NOUN" || t.pos === "PROPN") noun = t;
      if (t.start > from + 40) break;
    }
    if (!noun) continue;
    const anchor = noun.lemma.toLowerCase();
    if (NOT_EVENTS.has(anchor) || !EVENT_NOUNS.has(anchor)) continue;
    const direction = /^(?:before|ahead|prior|in the run-up)/i.test(m[1] ?? "") ? "before" : "after";
    out.push({
      label: text.slice(offset + (m.index ?? 0), noun.end),
      precision: "relative",
      key: Number.NaN,
      relative: { direction, anchor },
      start: offset + (m.index ?? 0),
      end: noun.end,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
