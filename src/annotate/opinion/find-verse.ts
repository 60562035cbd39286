import type { Sentence } from "../../model/sentence.js";
import { type ParagraphText, paragraphTexts } from "./paragraph-texts.js";

/**
 * "... on the plain Seeking a home ...", "... the dreamers dreamed-- Let it be ...": when a poem's or a
 * song's line breaks are lost, each line still opens with a capital, so a function word is capitalised
 * in mid-sentence, after a lower-case word, a comma or a dash. ("The" is left out: "told The Times".)
 */
const LINE_START = /(?<=[\p{Ll},;–—-])\s+(?:Of|And|Where|Who|Whose|With|Is|But|To|In|For|Nor|Or|As|When|Which|From|That|Let|Yet|Like|Until|Than|On|At|By|Upon|Into|Through)(?![\p{L}\p{N}])/gu;
/** A line that opens with a capital after any punctuation. */
const OPENS_CAPITALISED = /^\W*\p{Lu}/u;
/** A paragraph with this many lines run together is verse. */
const MIN_PARAGRAPH_LINES = 3;
/** A text with this many, at least one per `WORDS_PER_LINE` words, is a poem or song printed whole. */
const MIN_TEXT_LINES = 8;
const WORDS_PER_LINE = 80;
/** Lines kept apart: a run of at least this many short paragraphs, mostly without a full stop, is a stanza. */
const MIN_STANZA_LINES = 4;
const MAX_LINE_WORDS = 12;

const SPACE = /\s/;

/**
 * Whether trimmed `t` splits into at most `max` words: `t.split(/\s+/).length <= max`, counted
 * without building the words (a run of white space starts each word after the first).
 */
function hasAtMostWords(t: string, max: number): boolean {
  let words = 1;
  let inSpace = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(t[i] ?? "");
    if (space && !inSpace && ++words > max) return false;
    inSpace = space;
  }
  return true;
}

/**
 * Sentences that are verse, someone's poem or song lyrics rather than the writer's prose: lines run
 * together ("I am the young man, full of strength and hope, Tangled in that ancient endless chain Of
 * profit"), in a paragraph with at least three such line starts or a whole text with many; and
 * stanzas whose lines were kept ("The summer had inhaled and held its breath too long" / "The winter
 * looked the same, as if it never had gone" / ...). A verse's "I" and its exclamations are the
 * poet's or singer's; the writer's own line about it is missed only when it sits inside the verse.
 * Returns the indices of the verse sentences.
 */
export function findVerse(
  sentences: readonly Sentence[],
  text: string,
  paragraphs: readonly ParagraphText[] = paragraphTexts(sentences, text),
): Set<number> {
  const lineStarts = paragraphs.map((p) => p.text.match(LINE_START)?.length ?? 0);
  const totalLines = lineStarts.reduce((a, b) => a + b, 0);
  // The text's words are counted only when there are lines enough to ask (a split of the whole text).
  const wholeText = totalLines >= MIN_TEXT_LINES && totalLines * WORDS_PER_LINE >= text.split(/\s+/).filter(Boolean).length;
  // Once a text holds a verse paragraph, a paragraph with a single line start is the same poem's.
  const hasVerse = lineStarts.some((n) => n >= MIN_PARAGRAPH_LINES);
  const out = new Set<number>();
  paragraphs.forEach((p, k) => {
    const n = lineStarts[k] ?? 0;
    if (wholeText || n >= MIN_PARAGRAPH_LINES || (hasVerse && n > 0)) for (const { index } of p.sentences) out.add(index);
  });
  // Stanzas: runs of short paragraphs, most of them without a closing full stop, question or exclamation mark.
  const short = paragraphs.map((p) => {
    const t = p.text.trim();
    return hasAtMostWords(t, MAX_LINE_WORDS) && OPENS_CAPITALISED.test(t);
  });
  const open = paragraphs.map((p) => !/[.!?…]["'”’)\]]*$/.test(p.text.trim()));
  for (let k = 0; k < paragraphs.length; ) {
    let e = k;
    while (e < paragraphs.length && short[e]) e++;
    const run = paragraphs.slice(k, e);
    const unpunctuated = open.slice(k, e).filter(Boolean).length;
    if (run.length >= MIN_STANZA_LINES && unpunctuated * 4 >= run.length * 3) for (const p of run) for (const { index } of p.sentences) out.add(index);
    k = Math.max(e, k + 1);
  }
  return out;
}
