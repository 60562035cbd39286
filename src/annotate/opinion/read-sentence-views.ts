import type { Doc } from "../../model/doc.js";
import type { Sentence } from "../../model/sentence.js";
import type { Token } from "../../model/token.js";
import { isBoilerplate } from "./lexicon/boilerplate.js";
import { ATTRIBUTION_LEMMAS, ATTRIBUTION_PHRASES, CREDIT_LINE, EMBEDDED_POST, POST_SIGNATURE_LINE, SIGNED_AT_END, SPEAKER_TURN } from "./lexicon/reporting-cues.js";
import { findContactBlocks } from "./find-contact-blocks.js";
import { findCreditedExcerpts } from "./find-credited-excerpts.js";
import { findLinkDirectory } from "./find-link-directory.js";
import { findReproducedBlocks } from "./find-reproduced-blocks.js";
import { findVerse } from "./find-verse.js";
import { anyPatternMatches, joinPatterns } from "./join-patterns.js";
import { markQuotedChars } from "./mark-quoted-chars.js";
import { paragraphTexts } from "./paragraph-texts.js";

/** A sentence as the opinion rules see it: its text, and the part in the writer's own voice. */
export interface SentenceView {
  readonly sentence: Sentence;
  readonly text: string;
  /** The text with quoted characters blanked to spaces (same length, same offsets). */
  readonly own: string;
  /** Share of the sentence's letters that are inside quotation marks. */
  readonly quotedShare: number;
  /** Why the sentence reports someone else's words or view, or undefined when it is the writer's. */
  readonly attribution: string | undefined;
  /** Site furniture or a headline-like Title Case line: no rule applies to it. */
  readonly boilerplate: boolean;
  /** Has a verb at all ("State-of-the-art new technology." has none). */
  readonly hasVerb?: boolean;
  /** Narrates in the past tense ("Last week, news broke that ...", "Did you approach him?"). */
  readonly pastTense?: boolean;
  /**
   * A question alone in its paragraph, followed by a paragraph of someone's quoted words: an
   * interviewer's question ("Did you approach the owner before kickoff?" / "“I would have preferred
   * an honest dialogue ...”"), not the writer's.
   */
  readonly answered?: boolean;
  /** The sentence before it, in the same paragraph, reports what a source said ("He said that ..."). */
  readonly afterReport?: boolean;
  /** Where the sentence sits: its index and the number of sentences in the article. */
  readonly position: { index: number; count: number };
}

const ANY_ATTRIBUTION_PHRASE = joinPatterns(ATTRIBUTION_PHRASES);
/** Pronouns that make a cognition verb the writer's or reader's ("you can feel", "I think"), not a source's. */
const SELF = new Set(["i", "we", "you", "one", "me", "us"]);
const BE = new Set(["is", "was", "were", "are", "been", "be", "being"]);
/** The writer's first person within the first few words: "I wonder if", "Half of my gut". */
const READER_OPENING = /^(?:(?:but|and|so|now),? )?(?:if you|depending on (?:your|how you)|imagine|consider|note that|don(?:'|’)t|do not|of course|make no mistake|to be sure|needless to say|frankly|ironically|sadly|thankfully|mercifully|alas|admittedly)\b/i;
const WRITER_OPENING = /^(?:\S+\s+){0,4}(?:I|my|My|me)(?![\p{L}\p{N}'’])/u;

/*
 * Patterns with \p{...} are module constants: the TypeScript loader and the bundle (esbuild, target
 * node20) turn such a literal into `new RegExp(...)`, built again at every evaluation, and in a
 * per-sentence or per-character loop that was most of this stage's time.
 */
const LETTER = /\p{L}/u;

const SPACE = /\s/;
const UPPER = /\p{Lu}/u;

/**
 * "Part 6: The Same Person Calling Me Names": a Title Case line is a headline, not prose. Of the words
 * (runs between white space) that hold a letter, at least four, three in four have a capital as their
 * first letter. One pass over the characters, as this runs on every sentence (the same answer as
 * splitting on /\s+/, keeping the words that match /\p{L}/u and counting those that match /^[^\p{L}]*\p{Lu}/u).
 */
function isTitleCase(text: string): boolean {
  let words = 0;
  let capital = 0;
  let inWord = false;
  let lettered = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i] ?? "")) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      lettered = false;
    }
    if (lettered) continue;
    let letter: boolean;
    let upper: boolean;
    if (c < 128) {
      upper = c >= 65 && c <= 90;
      letter = upper || (c >= 97 && c <= 122);
    } else {
      const point = text.codePointAt(i) ?? c;
      const char = String.fromCodePoint(point);
      letter = LETTER.test(char);
      upper = letter && UPPER.test(char);
      if (point > 0xffff) i++;
    }
    if (letter) {
      lettered = true;
      words++;
      if (upper) capital++;
    }
  }
  return words >= 4 && capital / words >= 0.75;
}

/** Whether the UTF-16 code unit at `i` of `s` is a letter, as `/\p{L}/u.test(s[i])` says. */
function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(s[i] ?? "");
}

/**
 * The sentence `raw` (at `start` of the article) with its quoted characters blanked to spaces, and the
 * share of its letters that are quoted.
 */
function blankQuoted(raw: string, start: number, quoted: Uint8Array): { own: string; quotedShare: number } {
  let letters = 0;
  let quotedLetters = 0;
  // Runs are copied or blanked whole; a sentence with no quoted character keeps `raw` itself.
  const pieces: string[] = [];
  let runStart = 0;
  let runQuoted = false;
  for (let i = 0; i < raw.length; i++) {
    const q = quoted[start + i] === 1;
    if (isLetterAt(raw, i)) {
      letters++;
      if (q) quotedLetters++;
    }
    if (q !== runQuoted) {
      pieces.push(runQuoted ? " ".repeat(i - runStart) : raw.slice(runStart, i));
      runStart = i;
      runQuoted = q;
    }
  }
  let own = raw;
  if (pieces.length > 0 || runQuoted) {
    pieces.push(runQuoted ? " ".repeat(raw.length - runStart) : raw.slice(runStart));
    own = pieces.join("");
  }
  return { own, quotedShare: letters ? quotedLetters / letters : 0 };
}

/** Paragraphs that open with a transcript turn ("SMITH: I think ..."): all of them is that speaker's. */
function findTurnParagraphs(doc: Doc): Set<number> {
  const out = new Set<number>();
  let last = -1;
  for (const s of doc.sentences) {
    if (s.paragraph === last) continue;
    last = s.paragraph;
    if (SPEAKER_TURN.test(doc.article.text.slice(s.start, s.end))) out.add(s.paragraph);
  }
  return out;
}

function findAttribution(doc: Doc, s: Sentence, own: string, quotedShare: number, quoted: Uint8Array, sentenceTokens: readonly Token[]): string | undefined {
  if (quotedShare >= 0.6) return "mostly quotation";
  if (quoted[s.start] === 1 && quoted[Math.max(s.start, s.end - 2)] === 1) return "inside a quotation";
  const bare = own.trim();
  if (SPEAKER_TURN.test(bare)) return "a transcript or Q&A turn";
  if (SIGNED_AT_END.test(bare)) return "a quote signed at its end";
  if (EMBEDDED_POST.test(bare)) return "an embedded social-media post";
  // "His reply was every bit as convoluted:" — the next sentence is the words introduced.
  const prev = doc.sentences[s.index - 1];
  if (prev && /:\s*$/.test(doc.article.text.slice(prev.start, prev.end))) return "introduced by a colon";
  // One scan rules out every phrase at once; a sentence with one finds which, in the list's order.
  if (anyPatternMatches(ATTRIBUTION_PHRASES, ANY_ATTRIBUTION_PHRASE, own)) {
    for (const re of ATTRIBUTION_PHRASES) if (re.test(own)) return `attributed ("${re.exec(own)?.[0] ?? ""}")`;
  }
  // "Would he even think it relevant if he had?": a question in the writer's voice, not a report.
  if (/\?["'”’)]*$/.test(bare)) return undefined;
  // "Half of my gut has also thought ...", "I wonder if ..., as the blogger wrote, ...": the writer
  // opens in the first person, so a later reporting verb reports a quote inside the writer's view.
  if (WRITER_OPENING.test(bare)) return undefined;
  // "If you don't trust her instincts, you can feel reassured that she did not agree to a bad deal":
  // a sentence that opens by addressing the reader, or with the writer's "Of course, ...", is the
  // writer's, whatever verbs follow ("Of course, the fact that he said it does not mean he means it").
  if (READER_OPENING.test(bare)) return undefined;
  const text = doc.article.text;
  const toks = sentenceTokens.filter((t) => quoted[t.start] !== 1);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || (t.pos !== "VERB" && t.pos !== "AUX") || !ATTRIBUTION_LEMMAS.has(t.lemma)) continue;
    const word = text.slice(t.start, t.end).toLowerCase();
    // "like calling your best friend": a gerund is an action, unless it trails a comma (", saying ...").
    // "are warning that ...": a progressive form reports as much as "warned".
    const beforeTok = toks[i - 1];
    const progressive = beforeTok !== undefined && BE.has(text.slice(beforeTok.start, beforeTok.end).toLowerCase());
    if (word.endsWith("ing") && !progressive && text.slice(Math.max(0, t.start - 2), t.start).trim() !== ",") continue;
    // "you can feel reassured", "I think": the writer or reader, not a source.
    let j = i - 1;
    while (j >= 0 && ["AUX", "ADV", "PART"].includes(toks[j]?.pos ?? "")) j--;
    const subject = toks[j];
    if (subject && SELF.has(text.slice(subject.start, subject.end).toLowerCase())) continue;
    // "one I hope you read was written by a colleague": a passive verb names an author, not a view.
    const prev = toks[i - 1];
    if (prev && BE.has(text.slice(prev.start, prev.end).toLowerCase()) && /(?:ed|en|tten|ld|id)$/.test(word)) continue;
    return `attributed ("${text.slice(t.start, t.end)}")`;
  }
  return undefined;
}

/** Build the views of every sentence of a document, once, for all rules. */
export function readSentenceViews(doc: Doc): SentenceView[] {
  const quoted = markQuotedChars(doc);
  const turns = findTurnParagraphs(doc);
  const bySentence = doc.sentences.map((): Token[] => []);
  for (const t of doc.tokens) bySentence[t.sentence]?.push(t);
  const text = doc.article.text;
  // A directory of link titles and an advertiser's block with contact details are the page's
  // furniture: their "I", "you" and questions are the thread starters' or the seller's.
  const directory = findLinkDirectory(doc.sentences, text);
  const contact = findContactBlocks(doc.sentences, text);
  const views = doc.sentences.map((sentence, index) => {
    const raw = text.slice(sentence.start, sentence.end);
    const { own, quotedShare } = blankQuoted(raw, sentence.start, quoted);
    return {
      sentence,
      text: raw,
      own,
      quotedShare,
      attribution: turns.has(sentence.paragraph) ? "a transcript turn" : findAttribution(doc, sentence, own, quotedShare, quoted, bySentence[index] ?? []),
      boilerplate: isBoilerplate(raw) || isTitleCase(raw) || directory.has(index) || contact.has(index),
      position: { index, count: doc.sentences.length },
      ...readTense(text, bySentence[index] ?? []),
    };
  });
  const paragraphs = paragraphTexts(doc.sentences, text);
  const blocks = findReproducedBlocks(doc.sentences, text, (i) => views[i]?.own ?? "", (i) => Boolean(views[i]?.attribution), paragraphs);
  const credited = findCreditedExcerpts(doc.sentences, text, paragraphs);
  const verse = findVerse(doc.sentences, text, paragraphs);
  const withBlocks = views.map((v, i) => {
    if (v.attribution) return v;
    if (verse.has(i)) return { ...v, attribution: "verse: a poem's or song's lines" };
    if (credited.has(i)) return { ...v, attribution: "an excerpt of another source's words, credited after it" };
    return blocks.has(i) ? { ...v, attribution: "inside a letter, post or statement reproduced without quotation marks" } : v;
  });
  return markAfterReport(inheritSpeakers(markPostsSignedBelow(markPostSentences(withBlocks))));
}

/** A post signed lines below its start fits in this many characters (a short post's limit), links left out. */
const MAX_POST_CHARS = 280;
/** How many paragraphs above its signature line a post may start. */
const MAX_POST_PARAGRAPHS = 3;

/**
 * "I kept thinking about the date of the fire." / "4 7" / "That makes 47. Odd. pic.twitter.com/x" /
 * "— Jo Park (@jopark) May 2, 2019": an embedded post printed over several short lines, its signature
 * on a line of its own. Every line back to three above the signature is the post's while the lines
 * together stay as short as a post (280 characters without links); a line already someone's, or a
 * signature of an earlier post, ends the climb.
 */
function markPostsSignedBelow(views: SentenceView[]): SentenceView[] {
  const claimed = new Set<number>();
  views.forEach((sig, k) => {
    if (views[k - 1]?.sentence.paragraph === sig.sentence.paragraph || !POST_SIGNATURE_LINE.test(sig.text.trim())) return;
    let chars = 0;
    let paragraphs = 0;
    let j = k - 1;
    while (j >= 0 && paragraphs < MAX_POST_PARAGRAPHS) {
      const paragraph = views[j]?.sentence.paragraph;
      let first = j;
      while (first > 0 && views[first - 1]?.sentence.paragraph === paragraph) first--;
      const lines = views.slice(first, j + 1);
      if (lines.some((l) => POST_SIGNATURE_LINE.test(l.text.trim()))) break;
      chars += lines.reduce((n, l) => n + l.text.replace(/\S*(?:https?:\/\/|pic\.twitter\.com\/)\S*/g, "").trim().length + 1, 0);
      if (chars > MAX_POST_CHARS) break;
      for (let x = first; x <= j; x++) claimed.add(x);
      paragraphs++;
      j = first - 1;
    }
  });
  return views.map((v, i) => (v.attribution || !claimed.has(i) ? v : { ...v, attribution: "part of an embedded post signed a few lines below" }));
}

/** `test` of the view at an index, computed on first use and kept. */
function memoize(views: readonly SentenceView[], test: (view: SentenceView) => boolean): (i: number) => boolean {
  const known = new Uint8Array(views.length); // 0 unknown, 1 false, 2 true
  return (i) => {
    const view = views[i];
    if (!view) return false;
    if (known[i] === 0) known[i] = test(view) ? 2 : 1;
    return known[i] === 2;
  };
}

/** A sentence that ends in a full stop, question mark, quotation mark or bracket cannot match CREDIT_LINE. */
const NOT_CREDIT_END = /[.!?"'”’)\]]$/;

/**
 * CREDIT_LINE on the trimmed text. Its last character must be none of `.!?"'”’)]`: checked first, as
 * most sentences end in a full stop and the pattern backtracks through the whole sentence to fail.
 */
function endsWithCreditLine(text: string): boolean {
  const t = text.trim();
  return !NOT_CREDIT_END.test(t) && CREDIT_LINE.test(t);
}

/** How many sentences before its signature an embedded post may run. */
const MAX_POST_SENTENCES = 3;

/** How many sentences before its credit a pull quote may run. */
const MAX_PULL_QUOTE_SENTENCES = 4;

/**
 * "RIP, one of the greatest ever!!! — Jo Park (@jopark) June 20, 2017": the segmenter splits a post
 * into sentences, and only the last carries the signature; the ones just before it, in the same
 * paragraph, are the post's words too. So are the sentences of the paragraph just before a signature
 * that stands on a line of its own ("Get on with your life and try again in three years!" / "— Jo
 * Park (@jopark) November 18, 2017"). A pull quote credited at its end without a dash, in the same
 * paragraph ("I remember him being very outspoken about it. Former partner Jo Park, who hired him in
 * 1993"), is the credited person's words.
 */
function markPostSentences(views: SentenceView[]): SentenceView[] {
  // Each sentence is looked at from up to four sentences before it: test each pattern on it once.
  const signatureLine = memoize(views, (w) => POST_SIGNATURE_LINE.test(w.text.trim()));
  const embeddedPost = memoize(views, (w) => EMBEDDED_POST.test(w.text));
  const creditLine = memoize(views, (w) => endsWithCreditLine(w.text));
  return views.map((v, i) => {
    if (v.attribution) return v;
    for (let j = i + 1; j < views.length && j - i <= MAX_PULL_QUOTE_SENTENCES; j++) {
      const w = views[j];
      if (!w) break;
      if (w.sentence.paragraph !== v.sentence.paragraph) {
        // Only the first line of the next paragraph may sign the paragraph that ends here.
        const lastOfParagraph = views[j - 1]?.sentence.paragraph === v.sentence.paragraph;
        if (lastOfParagraph && j - i <= MAX_POST_SENTENCES && signatureLine(j)) return { ...v, attribution: "part of an embedded post signed on the next line" };
        break;
      }
      if (j - i <= MAX_POST_SENTENCES && embeddedPost(j)) return { ...v, attribution: "part of an embedded post signed just after" };
      const endsParagraph = views[j + 1]?.sentence.paragraph !== w.sentence.paragraph;
      if (endsParagraph && creditLine(j)) return { ...v, attribution: "a pull quote credited at its end" };
    }
    return v;
  });
}

/**
 * "He said that leopard skins are increasingly showing up in markets. At the same time, habitats are
 * disappearing faster than perhaps anywhere else": a hedge right after a reported statement, in the
 * same paragraph, usually goes on paraphrasing the source. (Across a paragraph break it as often is
 * the writer's own guess: "Perhaps over their lunch they discussed ...".)
 */
function markAfterReport(views: SentenceView[]): SentenceView[] {
  return views.map((v, i) => {
    const next = views[i + 1];
    const prevAny = views[i - 1];
    if (/\?["'”’)]*\s*$/.test(v.text) && next && next.sentence.paragraph !== v.sentence.paragraph && prevAny?.sentence.paragraph !== v.sentence.paragraph
      && next.attribution && next.quotedShare >= 0.6) {
      v = { ...v, answered: true };
    }
    const prev = views[i - 1];
    if (!prev || prev.sentence.paragraph !== v.sentence.paragraph || !prev.attribution?.startsWith("attributed")) return v;
    return { ...v, afterReport: true };
  });
}

const PAST_AUX = new Set(["was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"]);
const NOT_PAST = new Set(["are", "am", "'re", "’re", "'m", "’m", "would", "could", "should", "might", "must", "'d", "’d", "ca", "wo"]);

/** Whether the sentence has a verb, and whether one of its verbs is in the past tense. */
function readTense(text: string, tokens: readonly Token[]): { hasVerb: boolean; pastTense: boolean } {
  let hasVerb = false;
  let pastTense = false;
  for (const t of tokens) {
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    hasVerb = true;
    const word = text.slice(t.start, t.end).toLowerCase();
    if (PAST_AUX.has(word)) pastTense = true;
    else if (t.pos === "VERB" && !NOT_PAST.has(word) && word !== t.lemma && !/(?:s|ing)$/.test(word)) pastTense = true;
  }
  return { hasVerb, pastTense };
}

/** The first person singular, outside quotation marks. */
const SPEAKER_I = /(?<![\p{L}\p{N}])(?:I|I(?:'|’)(?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}\p{N}])/u;
/** A speaker's run goes on through "you" and "we" sentences too: a letter says "Your story has changed lives". */
export const SPEAKER_VOICE = /(?<![\p{L}\p{N}])(?:I|I(?:'|’)(?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself|[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|[Uu]s)(?![\p{L}\p{N}])/u;
/** A colon followed by a capitalised word: "wrote in the margin: We will not". */
const COLON_BEFORE_CAPITAL = /:\s+["“]?\p{Lu}\p{Ll}/u;
/**
 * "The judge wrote in the margin: We will not ...": a colon mid-sentence followed by a capitalised
 * clause, in a sentence whose lead-in is not the writer's own first person ("To which I say: have you
 * met him?" is the writer speaking).
 */
function introducesWords(own: string): boolean {
  const colon = COLON_BEFORE_CAPITAL.exec(own);
  if (!colon || colon.index < 8) return false;
  return !SPEAKER_VOICE.test(own.slice(0, colon.index));
}
/** How far back a run of first-person sentences may reach for the speaker who opened it. */
const MAX_RUN = 10;

/**
 * A run of first-person sentences right after an attributed one continues that speaker's words: a
 * letter after "she wrote:", a transcript after "SMITH:", a statement's second sentence without
 * quotation marks ("I'm not sure they will come. I think many of them say ..."). The writer's own
 * "I" right after a quote is missed this way; a speaker's words called the outlet's opinion would
 * be worse.
 */
function inheritSpeakers(views: SentenceView[]): SentenceView[] {
  return views.map((v, i) => {
    if (v.attribution) return v;
    // "Then the justice cites the comic books: What we can decide, we can undecide." A colon that
    // introduces someone's words mid-sentence: the next sentence in their voice ("But stare decisis
    // teaches that we should exercise that authority sparingly.") goes on with those words.
    const prev = views[i - 1];
    if (prev && !prev.attribution && SPEAKER_VOICE.test(v.own) && introducesWords(prev.own)) {
      return { ...v, attribution: "continues words introduced by a colon just before" };
    }
    if (!SPEAKER_I.test(v.own)) return v;
    let j = i - 1;
    while (j >= 0 && i - j <= MAX_RUN && !views[j]?.attribution && SPEAKER_VOICE.test(views[j]?.own ?? "")) j--;
    const opener = views[j];
    if (j < 0 || i - j > MAX_RUN || !opener?.attribution) return v;
    return { ...v, attribution: "continues the words of the speaker quoted just before" };
  });
}
