import type { SpeakerRule } from "../quote-context.js";
import { accordingTo } from "./according-to.js";
import { clauseSubject } from "./clause-subject.js";
import { colonIntro } from "./colon-intro.js";
import { continuation } from "./continuation.js";
import { dashCredit } from "./dash-credit.js";
import { leadingSaid } from "./leading-said.js";
import { previousAttribution } from "./previous-attribution.js";
import { trailingSaid, trailingSaidLoose } from "./trailing-said.js";

/**
 * Attribution rules, strongest first: the words right after the quote, then `according to`, the
 * words before it, the rest of the sentence after it, a colon-ended sentence before it, a
 * speaker carried over from the quote just before or from a sentence of reported speech, and the subject of a partial quote's sentence.
 */
export const SPEAKER_RULES: ReadonlyArray<readonly [string, SpeakerRule]> = [
  ["trailing-said", trailingSaid],
  ["dash-credit", dashCredit],
  ["according-to", accordingTo],
  ["leading-said", leadingSaid],
  ["trailing-said-loose", trailingSaidLoose],
  ["colon-intro", colonIntro],
  ["continuation", continuation],
  ["previous-attribution", previousAttribution],
  ["clause-subject", clauseSubject],
];
