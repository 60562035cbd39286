import type { Token } from "../../model/token.js";
import type { ValueDraft } from "./value-draft.js";

const NAME = "[A-Z][\\p{L}'’.-]+(?: [A-Z][\\p{L}'’.-]+){0,3}";

/** "33-year-old Jane Doe", "his 11-year-old daughter", "the 2-year-old". */
const YEAR_OLD = /(?<![\w-])(\d{1,3})[-\s]year[-\s]old\b(?: (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}))?/gu;
/** "Jane Doe, 33, of Springfield": an age in apposition to a name. */
const APPOSITION = new RegExp(`(${NAME}),\\s(\\d{1,3})(?=,|\\.|\\s(?:of|and|was|is|who|has|had)\\b)`, "gu");
/** "aged 33", "at the age of 33", "who was 33 at the time"; not a group's bound ("a team, age 10 and younger"). */
const AGED = /\b(?:aged|ages|at the age of|at age|age)\s(\d{1,3})\b(?!\s+(?:and|or)\s+(?:younger|older|under|over|up|below|above)\b)/g;
/** "two girls, ages 13 and 15", "aged 5, 7 and 9": each is an age. */
const AGES_PAIR = /\b(?:aged|ages)\s(\d{1,3})(?:,\s\d{1,3})*,?\s(?:and|&)\s(\d{1,3})\b/g;
/** "Dead at 87", "died at 87 in New York": the age at death (not "died at 9 p.m."). */
const DIED_AT = /\b(?:died|dies|dead|death)\s+at\s+(\d{1,3})(?=\s*(?:[,.;)]|$)|\s+(?:in|on|after|from|of|following|surrounded|at)\b)(?![.:]\d)/gi;

const plausible = (n: number) => n > 0 && n < 120;

/**
 * Ages of people, a fact outlets often get differently. The slot is the person when the text names
 * them ("33-year-old Jane Doe", "Jane Doe, 33,"); otherwise it is attached later from the sentence.
 * @example findAges("Jane Doe, 33, of Springfield")[0] // { kind: "count", unit: "age", low: 33, slot: { subject: "Jane Doe", ... } }
 */
export function findAges(text: string, tokens: readonly Token[] = []): ValueDraft[] {
  // "the 2-year-old Largo boy", "a 30-year-old British woman": capitals before a noun modify it, they name no one.
  // Built on first use: most texts hold no "N-year-old Name".
  let nounAt: Set<number> | undefined;
  const modifiesNoun = (nameEnd: number) => {
    nounAt ??= new Set(tokens.filter((t) => t.pos === "NOUN").map((t) => t.start));
    return nounAt.has(nameEnd + (/^\s*/.exec(text.slice(nameEnd, nameEnd + 4))?.[0].length ?? 0));
  };
  const out: ValueDraft[] = [];
  const push = (start: number, end: number, n: number, name?: string) => {
    if (!plausible(n) || out.some((o) => o.start < end && start < o.end)) return;
    out.push({
      start, end, text: text.slice(start, end), kind: "count", unit: "age", low: n, high: n, approx: "exact",
      ...(name ? { slot: { subject: name.replace(/[.,]+$/, ""), predicate: "age" } } : {}),
    });
  };
  for (const m of text.matchAll(YEAR_OLD)) {
    const start = m.index ?? 0;
    const core = /^\d{1,3}[-\s]year[-\s]old/.exec(m[0])?.[0].length ?? m[0].length;
    const named = m[2] !== undefined && !modifiesNoun(start + m[0].length);
    push(start, start + core, Number(m[1]), named ? m[2] : undefined);
  }
  for (const m of text.matchAll(APPOSITION)) {
    const name = m[1] ?? "";
    // "Kissane, 28, who used to live ..." is a person; "In March, 33, ..." is not.
    if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|By|And|But|The)$/.test(name.trim())) continue;
    if (!/\s/.test(name.trim()) && text[(m.index ?? 0) + m[0].length] !== ",") continue;
    const start = (m.index ?? 0) + name.length + 2;
    push(start, start + (m[2]?.length ?? 0), Number(m[2]), name);
  }
  for (const m of text.matchAll(DIED_AT)) {
    const digits = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - digits.length;
    push(start, start + digits.length, Number(digits));
  }
  for (const m of text.matchAll(AGES_PAIR)) {
    // Every age of the list but the first, which AGED finds below.
    const numbers = [...m[0].matchAll(/\d{1,3}/g)].slice(1);
    for (const n of numbers) {
      const start = (m.index ?? 0) + (n.index ?? 0);
      push(start, start + n[0].length, Number(n[0]));
    }
  }
  for (const m of text.matchAll(AGED)) {
    const start = m.index ?? 0;
    push(start, start + m[0].length, Number(m[1]));
  }
  return out.sort((a, b) => a.start - b.start);
}
