import type { Sentence } from "../../model/sentence.js";
import { SPEAKER_TURN } from "./lexicon/reporting-cues.js";
import { type ParagraphText, paragraphTexts } from "./paragraph-texts.js";

/** Second person and first person, singular and plural: the voice of a letter, post or statement. */
const VOICE = /(?<![\p{L}\p{N}])(?:I|I(?:'|’)(?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself|[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|[Uu]s)(?![\p{L}\p{N}])/u;
/**
 * Someone other than the writer is named before the colon: a name after the first word, "he/she/they",
 * or a name that opens the lead-in and its verb ("Limbaugh added:").
 */
const NAMES_SOMEONE = /(?:\s\p{Lu}\p{Ll}+|\b(?:he|she|they|his|her|their|its|the (?:company|group|office|statement|letter|post))\b|^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+(?:also\s+|then\s+|later\s+)?\p{Ll})/u;
/** "Below is the full text of the letter", "The senator penned an open letter to the student". */
const ANNOUNCES_TEXT = /\b(?:full text|(?:open )?letters?|statements?|blog posts?|posts?|transcripts?|messages?|e-?mails?|speech|remarks|petition|memo|essay|comments?|reviews?|tweets?|reports)\b/i;
const PUBLISHES = /\b(?:penned|wrote|writes|published|posted|released|issued|sent|shared|reads?|below (?:is|are)|(?:is|are) below|following|here (?:is|are)|here(?:'|’)s|full text)\b/i;
/** "Here are some.", "Below is the full text": the text follows at once, whatever its first words. */
const PRESENTS = /\b(?:below (?:is|are)|(?:is|are) below|following|here (?:is|are)|here(?:'|’)s|full text|reads?)\b/i;
/**
 * "Read the full transcript below", "Her statement is below": the page says the text follows, so the
 * paragraphs after it are that text, whatever else the sentence says ("..., and let us know what you think").
 */
const ANNOUNCED_BELOW = /\b(?:transcripts?|full text|statements?|remarks|speech|testimony|letter)\b[^.!?:]{0,30}\bbelow\b/i;
/** "Dear Ms. Lane,", "To:", "Mr. President,": a salutation opens a letter. */
const SALUTATION = /^(?:Dear\s+\p{Lu}|To:|To whom it may concern|(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+,\s*$)/u;
/** The words after the colon are someone's: "X elaborated in a blog post:", "According to a statement from the CEO, ...:". */
const HANDS_OVER = /\b(?:said|says|say|wrote|writes|write|statement|letter|post|posted|blog|tweet|tweeted|twitter|facebook|transcript|remarks|speech|message|e-?mail|reads?|following|below|elaborated|explained|added|announced|declared|stated|told|noted|responded|replied|quoted?|quotes|cites?|testified|testimony|wrote back)\b/i;
/** A letter or statement that starts in its writer's voice: "I do not know your name", "We are proud". */
const OPENS_IN_VOICE = /^\W*(?:\S+\s+){0,2}(?:I|I(?:'|’)(?:m|ve|d|ll)|We|we|My|my|Our|our|You|you|Your|your|Dear|Thank)(?![\p{L}\p{N}])/u;
/** A block of someone else's words ends after this many paragraphs at most. */
const MAX_PARAGRAPHS = 30;
/** Paragraphs shorter than this (a salutation, "To:", a heading) neither extend nor end a block. */
const MIN_WORDS = 5;

interface Paragraph { index: number; sentences: readonly Sentence[]; text: string; own: string }

/**
 * Paragraphs that reproduce someone else's letter, post or statement without quotation marks, as
 * Multi-News pages do: "Below is the full text of his letter to the president, provided by his
 * office." followed by "I add myself to the request of my counsel ..."; "The founder elaborated in a
 * blog post:" followed by "I have the greatest respect for the engineers ... but this is where we part
 * ways." A block opens after a paragraph that ends with a colon naming someone else (not "To which I
 * say:") or that announces a published text, at a salutation ("Dear ...") or at a transcript turn in the
 * speaker's own voice ("THE PRESIDENT: I wanted to come out here ..."), or after "Read the full
 * transcript below", and runs on through the
 * following paragraphs while each speaks in the first or second person. The writer's own "I" right
 * after such a block is missed this way; a letter's words called the outlet's opinion would be worse.
 * Returns the indices of the sentences inside such blocks.
 */
export function findReproducedBlocks(
  sentences: readonly Sentence[],
  text: string,
  ownOf: (i: number) => string,
  isAttributed: (i: number) => boolean = () => false,
  paragraphsOfText: readonly ParagraphText[] = paragraphTexts(sentences, text),
): Set<number> {
  const paragraphs: Paragraph[] = paragraphsOfText.map((p) => ({
    index: p.sentences[0]?.paragraph ?? 0,
    sentences: p.sentences,
    text: p.text,
    own: `${p.sentences.map((s) => ownOf(s.index)).join(" ")} `,
  }));
  const out = new Set<number>();
  // "An Open Letter to a Courageous Young Woman": a heading without a full stop is not the letter's end.
  const wordCounts = new Map<Paragraph, number>();
  const words = (p: Paragraph) => {
    let n = wordCounts.get(p);
    if (n === undefined) wordCounts.set(p, (n = /[.!?]["”’)]*$/.test(p.text.trim()) ? p.text.trim().split(/\s+/).length : 0));
    return n;
  };
  // Each paragraph's opener is asked here and again by findVoiceBeforeHandover: read it once.
  const openings = new Map<Paragraph, ReturnType<typeof opensBlock>>();
  const opensBlockOf = (p: Paragraph) => {
    if (!openings.has(p)) openings.set(p, opensBlock(p.own.trim(), p.text.trim()));
    return openings.get(p);
  };
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!p) continue;
    const own = p.own.trim();
    let first = -1;
    const opener = SALUTATION.test(own) ? "salutation" : opensTurn(p) ? "turn" : opensBlockOf(p);
    if (opener === "salutation") first = k;
    else if (opener) first = k + 1;
    if (first < 0) continue;
    let voiced = 0;
    for (let j = first; j < paragraphs.length && j - first < MAX_PARAGRAPHS; j++) {
      const q = paragraphs[j];
      if (!q) break;
      // A paragraph already attributed throughout ('They did not say "It's none of my business."')
      // neither extends nor ends the block.
      const short = words(q) < MIN_WORDS || q.sentences.every((x) => isAttributed(x.index));
      // One paragraph without a pronoun ("Period.", "Sex without consent is wrong.") does not end a
      // letter when the next full paragraph speaks in its voice again; two in a row do.
      if (!short && !VOICE.test(q.own) && voiced > 0) {
        const next = paragraphs.slice(j + 1).find((r) => words(r) >= MIN_WORDS && !r.sentences.every((x) => isAttributed(x.index)));
        if (!next || !VOICE.test(next.own)) break;
      }
      // "A reader wrote a post that led her friends to march. / Giving people a voice is a principle
      // our community ...": an announced text must open in its writer's voice ("I do not know your name").
      if (!short && voiced === 0 && opener === "announced" && !OPENS_IN_VOICE.test(q.own.trim())) break;
      if (!short && VOICE.test(q.own)) voiced++;
      // The first full paragraph after the opener is the text itself even without a pronoun
      // ("Facebook is not a game tech company. ... I have the greatest respect ..." has one later).
      if (!short && !VOICE.test(q.own) && voiced === 0) {
        if (opener !== "colon" && opener !== "presented") break;
        for (const s of q.sentences) out.add(s.index);
        voiced++;
        continue;
      }
      for (const s of q.sentences) out.add(s.index);
    }
  }
  for (const k of findVoiceBeforeHandover(paragraphs, words, opensBlockOf)) for (const s of paragraphs[k]?.sentences ?? []) out.add(s.index);
  return out;
}

/** The first person singular: "Part of me", "I was scared". */
const FIRST_SINGULAR = /(?<![\p{L}\p{N}])(?:I|I(?:'|’)(?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}\p{N}])/u;
/** A third-person subject the narration and the hand-over share: "She moved ...", "..., she said:". */
const THIRD_PERSON = /(?<![\p{L}\p{N}])(she|he|they)(?![\p{L}\p{N}])/iu;

/**
 * "She moved away and was ordered back to court." / "Part of me didn't want to come back because I
 * was scared ..." / "About the trial itself, she said:": in a page that prints its sources' words as
 * unmarked blocks after "X said:" (at least two such hand-overs), a first-person paragraph set between
 * narration about "she" and a hand-over to "she" is her words too, printed without the "she said:".
 * Returns the indices of such paragraphs.
 */
function findVoiceBeforeHandover(
  paragraphs: readonly Paragraph[],
  words: (p: Paragraph) => number,
  opensBlockOf: (p: Paragraph) => ReturnType<typeof opensBlock>,
): number[] {
  const handovers = paragraphs.map((p) => opensBlockOf(p) === "colon");
  if (handovers.filter(Boolean).length < 2) return [];
  const out: number[] = [];
  for (let k = 1; k + 1 < paragraphs.length; k++) {
    const p = paragraphs[k];
    const before = paragraphs[k - 1];
    const after = paragraphs[k + 1];
    if (!p || !before || !after || !handovers[k + 1] || handovers[k - 1] || words(p) < MIN_WORDS) continue;
    if (!FIRST_SINGULAR.test(p.own) || VOICE.test(before.own)) continue;
    const narrated = THIRD_PERSON.exec(before.own)?.[1]?.toLowerCase();
    const handedTo = THIRD_PERSON.exec(after.own)?.[1]?.toLowerCase();
    if (narrated && narrated === handedTo) out.push(k);
  }
  return out;
}

/**
 * "THE PRESIDENT: I wanted to come out here, first of all, to tell you ...": a transcript turn in the
 * speaker's own first or second person opens a run of that speaker's words, which goes on through the
 * following paragraphs while they speak in that voice (a speech's later paragraphs carry no label).
 */
function opensTurn(p: Paragraph): boolean {
  const turn = SPEAKER_TURN.exec(p.text.trim());
  // "Q: How much should I help my family?" is a question put to someone: the answer is theirs.
  if (!turn || /^Q\s?:/.test(turn[0])) return false;
  return VOICE.test(p.own.trim().slice(turn[0].length));
}

/** The paragraph hands over to someone else's words: "X elaborated in a blog post:", "Below is the full text of ...". */
function opensBlock(own: string, text: string): "colon" | "presented" | "announced" | undefined {
  // The colon must end the paragraph's text itself: a quotation ending in a colon is not an opener.
  const colon = /:\s*$/.exec(text);
  if (colon) {
    const lead = own.slice(0, colon.index);
    const lastSentence = lead.split(/(?<=[.!?])\s+/).pop() ?? lead;
    return !VOICE.test(lastSentence) && NAMES_SOMEONE.test(lastSentence) && HANDS_OVER.test(lastSentence) ? "colon" : undefined;
  }
  const sentences = own.split(/(?<=[.!?])\s+/);
  const lastSentence = sentences[sentences.length - 1] ?? own;
  if (ANNOUNCED_BELOW.test(lastSentence)) return "presented";
  // "There are multiple reports in the support forums. Here are some.": the last two sentences together.
  const lastTwo = sentences.slice(-2).join(" ");
  if (!ANNOUNCES_TEXT.test(lastTwo) || !PUBLISHES.test(lastSentence) || VOICE.test(lastTwo)) return undefined;
  return PRESENTS.test(lastSentence) ? "presented" : "announced";
}
