import { createRequire } from "node:module";

type Detect = (text: string) => string;
let tinyldDetect: Detect | undefined;

/**
 * The language code tinyld reads in `text` ("" when unsure). tinyld is loaded on first use: its language profiles take ~170 ms to load, and English
 * prose never needs them (the marker-word test below settles it first).
 */
export function detectLanguageCode(text: string): string {
  tinyldDetect ??= (createRequire(import.meta.url)("tinyld") as { detect: Detect }).detect;
  return tinyldDetect(text);
}

/**
 * Function words that are common in English prose and are not ordinary words of the other languages
 * news arrives in ("in", "is", "a", "was", "will" are left out: Dutch, Italian, Spanish and German use
 * them too).
 */
const ENGLISH_MARKERS = new Set(
  (
    "the of and to that for with by it from she said were has have not but this they would who which their " +
    "been there about after when than you your our what more he his"
  ).split(" "),
);

/** Share of the words in `sample` that are English marker words. */
function englishMarkerShare(sample: string): number {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let n = 0;
  for (const w of words) if (ENGLISH_MARKERS.has(w)) n++;
  return n / words.length;
}

/**
 * Below this share of marker words a text is not English prose. Measured on the 1,611 English
 * articles of ../shared/data/summarization: 1 % of them fall under 0.083 and all but 3 short or
 * junk pages over 0.03; ordinary French, German, Spanish, Dutch, Italian, Portuguese and Swedish news
 * prose scores 0.000.
 */
const MIN_ENGLISH_SHARE = 0.02;

/**
 * Is this text English enough to analyse? Parallax's lexicons and model are English: another
 * language is reported, not mis-analysed. Unsure detections (short text) pass. tinyld alone refused
 * 31 of 1,611 English news articles (it named "Polish" for "U.S. employers hired more workers than
 * expected"), so its verdict counts only when English function words are also nearly absent.
 * @returns null when fine, else the detected language code.
 */
export function detectForeignLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s+/g, " ").length < 60) return null;
  if (englishMarkerShare(sample) >= MIN_ENGLISH_SHARE) return null;
  const letters = sample.match(/\p{L}/gu) ?? [];
  const latin = sample.match(/[A-Za-z]/g) ?? [];
  if (letters.length > 40 && latin.length / letters.length < 0.5) {
    return detectLanguageCode(sample) || "non-Latin script";
  }
  const lang = detectLanguageCode(sample);
  return lang && lang !== "en" ? lang : null;
}
