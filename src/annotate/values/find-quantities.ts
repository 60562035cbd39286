import type { Token } from "../../model/token.js";
import { APPROX_SOURCE, findApproximator, rangeFor } from "./approximators.js";
import { isChangeFrom } from "./change-words.js";
import { DENOMINATORS, FRACTION_SOURCE, parseFraction } from "./fractions.js";
import { DIGITS_SOURCE, NUMBER_WORDS_SOURCE, SCALES, parseNumber } from "./number-words.js";
import { PREFIX_UNIT_SOURCE, SUFFIX_UNIT_SOURCE, findUnit } from "./units.js";
import type { ValueDraft } from "./value-draft.js";

const SCALE = "hundred|thousand|million|billion|trillion|bn|mn|tn|m|k";
const NUM = `(?:${DIGITS_SOURCE}|(?:${NUMBER_WORDS_SOURCE})\\b)(?<half>\\s+and\\s+(?:a|one)[\\s-]half)?`;

/**
 * [hedge] [currency] number [scale] [range end] [unit]: "about two and a half hours", "$3 billion",
 * "1,000 kilometres", "45%", "three-hour", "10-15 people".
 */
const QUANTITY = new RegExp(
  `(?<![\\w-])(?<approx>(?:${APPROX_SOURCE})\\s+)?(?<between>between\\s+)?(?<cur>(?:${PREFIX_UNIT_SOURCE})\\s?)?(?<num>${NUM})` +
    `(?<scale>\\s?(?:${SCALE})\\b)?` +
    `(?:(?<sep>\\s*(?:-|–|to|and)\\s*)(?:${PREFIX_UNIT_SOURCE})?(?<num2>${DIGITS_SOURCE})(?<scale2>\\s?(?:${SCALE})\\b)?)?` +
    `(?<unit>[\\s-]*(?:${SUFFIX_UNIT_SOURCE})(?![\\w]))?`,
  "gi",
);

/** "roughly one-fifth", "a third", "two-thirds of", "half of". */
const FRACTION = new RegExp(`(?<![\\w-])(?<approx>(?:${APPROX_SOURCE})\\s+)?(?<frac>${FRACTION_SOURCE})(?![\\w-])`, "gi");

/** "an hour", "half an hour", "an hour and a half": durations with no number written. */
const ARTICLE_DURATION = /(?<![\w-])(?<approx>(?:about|around|nearly|almost|more than|over|less than|under|at least)\s+)?(?<half>half\s+)?(?:an?|one)\s+(?<unit>hour|day|week|month|year|minute)(?<andhalf>\s+and\s+a\s+half)?(?!\w)/gi;

/** "of 338" after a number: the total it is part of. */
const OF_TOTAL = new RegExp(`^\\s+of\\s+(?:the\\s+)?(?:${DIGITS_SOURCE}|(?:${NUMBER_WORDS_SOURCE})\\b)`, "i");
const DENOMINATOR_NEXT = new RegExp(`^[\\s-]+(?:${Object.keys(DENOMINATORS).join("|")})\\b`, "i");
const YEAR_LIKE = /^(1[6-9]\d\d|20\d\d)$/;
/** Nouns after a number that are not what it counts ("3 of them", "the 2 p.m."). */
const NOT_COUNTED = new Set(["of", "time", "times", "am", "pm", "a.m.", "p.m.", "percent", "o'clock"]);

function scaleOf(raw: string | undefined): number {
  if (!raw) return 1;
  return SCALES[raw.trim().toLowerCase()] ?? 1;
}

/**
 * Words that set a counted group apart from the one a story counts: "three other states", "three
 * more births a day", "her other two children" are not the states, births or children counted elsewhere.
 */
const SET_APART: ReadonlyMap<string, string> = new Map([
  ["other", "other"], ["remaining", "other"],
  // "an additional 200 million doses" and "340 million more doses" are both doses added.
  ["more", "more"], ["additional", "more"], ["further", "more"], ["extra", "more"], ["fewer", "fewer"],
]);
/** The same words written before the number: "her other two children". */
const SET_APART_BEFORE = new RegExp(`\\b(${[...SET_APART.keys()].join("|")})\\s+$`, "i");

/** A capitalized plural right after a number is what it counts: "17 Republicans opposed", "3 Americans were", a headline's "Adds 136,000 Jobs". */
const PROPER_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;

/**
 * The noun right after a number, skipping up to two adjectives: "15 Ukrainian soldiers" -> "soldier".
 * Returns the lemma it counts.
 */
function countedNoun(tokens: readonly Token[], end: number, text: string, firstFrom: (at: number) => number): string | undefined {
  let i = firstFrom(end);
  if (i < 0) return undefined;
  let adjectives = 0;
  let hyphenated = false;
  let apart = "";
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) return undefined;
    // "15 Ukrainian soldiers": nationality adjectives are often tagged PROPN.
    if ((t.pos === "ADJ" || t.pos === "PROPN") && adjectives < 2 && !hyphenated) {
      const mark = SET_APART.get(t.lemma);
      if (mark) apart = `${mark} `;
      adjectives++;
      continue;
    }
    // "a 25-vehicle pileup" counts vehicles.
    if (t.pos === "PUNCT" && t.start === end && text[t.start] === "-" && adjectives === 0) {
      hyphenated = true;
      continue;
    }
    if (t.pos !== "NOUN") {
      // "but 17 Republicans opposed the resolution": the plural name is itself what is counted.
      const only = tokens[i - 1];
      if (adjectives === 1 && only?.pos === "PROPN" && PROPER_PLURAL.test(text.slice(only.start, only.end))) {
        return only.lemma.toLowerCase().replace(/s$/, "");
      }
      return undefined;
    }
    // "a 12-string guitar" counts strings, "a 24-page ruling" pages: the hyphen binds the first noun.
    if (hyphenated) return t.lemma;
    // Take the last noun of a compound: "15 aid workers" counts workers.
    let j = i;
    while (tokens[j + 1]?.pos === "NOUN" && tokens[j + 1]!.start - tokens[j]!.end <= 1) j++;
    return `${apart}${tokens[j]!.lemma}`;
  }
  return undefined;
}

/**
 * The index of the first token that starts at or after a position, or -1 (`tokens.findIndex((t) =>
 * t.start >= at)`). Tokens in order of their starts, as the segmenter makes them, are searched by
 * halves; any others one by one. (The order is checked once, on the first question.)
 */
function firstTokenFrom(tokens: readonly Token[]): (at: number) => number {
  let ordered: boolean | undefined;
  return (at) => {
    ordered ??= tokens.every((t, i) => i === 0 || (tokens[i - 1] as Token).start <= t.start);
    if (!ordered) return tokens.findIndex((t) => t.start >= at);
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start >= at) hi = mid;
      else lo = mid + 1;
    }
    return lo < tokens.length ? lo : -1;
  };
}

/**
 * Quantities, counts, bare numbers and fractions in a text, with hedges turned into ranges. Years and
 * times are left to the date rule.
 * @example findQuantities("It lasted about 2.5 hours.", tokens)[0] // { kind: "duration", low: 2.25, high: 2.75, ... }
 */
export function findQuantities(text: string, tokens: readonly Token[]): ValueDraft[] {
  const out: ValueDraft[] = [];
  const firstFrom = firstTokenFrom(tokens);
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const g: Record<string, string | undefined> = { ...m.groups };
    const numText = g.num ?? "";
    // "10 and 15 people" is a range only after "between"; otherwise "and" ends the number. After a
    // change word, "from 18 to 21" is the old and the new figure, each a value ("21" is read next).
    const changeFrom = g.sep?.trim().toLowerCase() === "to" && isChangeFrom(text.slice(Math.max(0, (m.index ?? 0) - 80), m.index ?? 0));
    if ((g.sep?.trim() === "and" && !g.between) || changeFrom) {
      const cut = (g.approx?.length ?? 0) + (g.cur?.length ?? 0) + numText.length + (g.scale?.length ?? 0);
      g.num2 = undefined;
      // "from 18 to 21 years": the unit written once is the old figure's too.
      if (!changeFrom) g.unit = undefined;
      m[0] = m[0].slice(0, cut);
      // Read on from "and": "down 50 percent since 2008 and 78 percent since 2000".
      QUANTITY.lastIndex = (m.index ?? 0) + cut;
    }
    let v = parseNumber(numText.replace(/\s+and\s+(a|one)[\s-]half$/i, ""));
    if (v === undefined) continue;
    if (g.half) v += 0.5;
    const start = m.index ?? 0;
    const end = start + m[0].replace(/\s+$/, "").length;
    const isWords = !/\d/.test(numText);
    // "9:30 p.m." is a time: neither 9 nor 30 is a figure.
    if (!isWords && (/[:.]$/.test(text.slice(Math.max(0, start - 1), start)) || /^:\d/.test(text.slice(start + numText.length)))) continue;
    // "the 11th state" is an ordinal, not eleven states.
    if (!isWords && !g.scale && !g.unit && !g.num2 && /^(?:st|nd|rd|th)\b/i.test(text.slice(start + m[0].length))) continue;
    const hedge = g.approx ? findApproximator(g.approx) : undefined;
    const approx = hedge?.label ?? "exact";
    const currency = g.cur ? findUnit(g.cur, true) : undefined;
    const suffix = g.unit ? findUnit(g.unit.replace(/^[\s-]+/, "")) : undefined;
    // Scale words need a currency or a digit ("$3bn", "2.5 million"); "m" alone is too ambiguous.
    const scaleRaw = g.scale?.trim().toLowerCase();
    if (scaleRaw && ["m", "k", "bn", "mn", "tn"].includes(scaleRaw) && !currency && !suffix?.kind.startsWith("money")) {
      continue;
    }
    const factorScale = scaleOf(g.scale);
    let v2 = g.num2 !== undefined ? parseNumber(g.num2) : undefined;
    if (v2 !== undefined) v2 *= g.scale2 ? scaleOf(g.scale2) : factorScale;
    v *= factorScale;
    const unit = currency ?? suffix;
    if (YEAR_LIKE.test(numText) && !unit && (v2 === undefined || YEAR_LIKE.test(g.num2 ?? ""))) continue;
    const [l0, h0] = rangeFor(approx, v);
    const low = l0;
    let high = h0;
    if (v2 !== undefined && v2 > v) high = v2;
    if (unit) {
      out.push({
        start, end, text: text.slice(start, end), kind: unit.kind, unit: unit.unit,
        low: low * unit.factor, high: high * unit.factor, approx,
      });
      continue;
    }
    // "p. 7", "No. 1", "Vol. 3": references, not figures.
    if (/\b(?:p|pp|no|nos|vol|art|sec|ch|fig|ep|vs)\.?\s*$/i.test(text.slice(Math.max(0, start - 6), start))) continue;
    // "two-thirds of the members" is a fraction, found below.
    if (DENOMINATOR_NEXT.test(text.slice(end, end + 12))) continue;
    // "157 of 338 seats", "four of five charges": the part counts what the whole does.
    const ofTotal = OF_TOTAL.exec(text.slice(end, end + 40));
    const noun = countedNoun(tokens, ofTotal ? end + ofTotal[0].length : end, text, firstFrom);
    if (noun && !NOT_COUNTED.has(noun) && !(isWords && v === 1)) {
      const apart = SET_APART.get(SET_APART_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase() ?? "");
      const unit = apart && !noun.startsWith(`${apart} `) ? `${apart} ${noun}` : noun;
      out.push({ start, end, text: text.slice(start, end), kind: "count", unit, low, high, approx });
      continue;
    }
    if (isWords) continue; // "the biggest one", "the two of them"
    out.push({ start, end, text: text.slice(start, end), kind: "number", low, high, approx });
  }
  for (const m of text.matchAll(ARTICLE_DURATION)) {
    const g = m.groups ?? {};
    const unit = findUnit(g.unit ?? "");
    if (!unit) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const v = g.half ? 0.5 : g.andhalf ? 1.5 : 1;
    const approx = g.approx ? (findApproximator(g.approx)?.label ?? "exact") : "exact";
    const [low, high] = rangeFor(approx, v);
    // "a year" in "once a year" or "a day" in "twice a day" is a rate, not a length.
    if (/\b(?:once|twice|times|per)\s*$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    out.push({ start, end, text: m[0], kind: unit.kind, unit: unit.unit, low: low * unit.factor, high: high * unit.factor, approx });
  }
  for (const m of text.matchAll(FRACTION)) {
    const g = m.groups ?? {};
    const f = parseFraction(g.frac ?? "");
    if (f === undefined) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    const approx = g.approx ? (findApproximator(g.approx)?.label ?? "exact") : "exact";
    const [low, high] = rangeFor(approx, f * 100);
    out.push({ start, end, text: m[0], kind: "fraction", unit: "%", low, high, approx });
  }
  return out.sort((a, b) => a.start - b.start);
}
