import { anyPatternMatches, joinPatterns } from "../join-patterns.js";

/**
 * Site furniture that talks to the reader without being opinion: "Sign up for our daily email
 * newsletter", "You can unsubscribe at any time", "Follow the reporter on Twitter". Opinion rules skip
 * sentences that match.
 */
export const BOILERPLATE: readonly RegExp[] = [
  /\b(?:sign(?:ing)? up|subscribe|unsubscribe|newsletters?|inbox|log ?in|sign in)\b/i,
  /\bfollow (?:us|@|the (?:reporter|writer|author)|(?:him|her|them) on)\b/i,
  /\b(?:click|tap) (?:here|the|on)\b/i,
  /\b(?:read|watch|see) (?:more|next|also|related)\b/i,
  /^(?:related|watch|read more|photos?|video|advertisement)\b/i,
  /\b(?:all rights reserved|copyright|terms of (?:use|service)|privacy policy|cookies?)\b/i,
  /\b(?:contact (?:us|the|him|her)|email (?:us|the)|send (?:us|tips))\b/i,
  /\b(?:licensing|syndication|permission to reuse|reuse any content)\b/i,
  /\b(?:share (?:this|on)|hide caption|just watched|must watch|replay more videos|after the jump|skip in skip|embed x)\b/i,
  /\b(?:have a tip|tips?@|send (?:us )?a tip)\b/i,
  // "Please try again later", "Want to add to this story?", "Please keep posting them in the comments".
  /\b(?:try again later|not available right now|add to this story|in the comments|comment below|leave a comment|let us know|re-enter|invalid email)\b/i,
  // "Want to send me something?", "Send us your photos": the page asking for tips.
  /\bsend (?:me|us) (?:something|anything|your|a (?:note|message|photo|story))\b/i,
  // "Please turn on JavaScript.", "Get the CBS app for iPhone & iPad!", "Support our journalism Already a
  // subscriber?", "PLEASE NOTE:": instructions of the page, not the writer's view.
  /\b(?:javascript|(?:update|upgrade) your browser|already a subscriber|support our journalism|become a (?:member|subscriber)|get the [\w&]+(?: [\w&]+)? app|app for (?:iphone|ipad|android))\b/i,
  /^please (?:note|check|turn|enable|refresh|update|disable|visit|make sure|choose|select)\b/i,
  // "Download the Us Weekly iPhone app now!", "Sorry, the page you requested could not be found."
  /\b(?:download (?:the|our) (?:[\w&]+ ){0,4}app|(?:iphone|android|ios) app|page you requested|could not be found)\b/i,  // "Thank you for visiting the site!", "Thanks for reading": the site signing off, not the writer's view.
  /\bthanks? (?:you )?for (?:visiting|reading|watching|listening|stopping by)\b/i,
];

/** "Rocky The Bobcat Back On The Loose In South Jersey Rocky The ...": a teaser headline glued to its blurb. */
const HEADLINE_RUN = /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*\s+){6}/u;

/** BOILERPLATE as one alternation, tested once per sentence. */
const ANY_BOILERPLATE = joinPatterns(BOILERPLATE);

/** True when a sentence is site furniture rather than the article. */
export function isBoilerplate(text: string): boolean {
  return HEADLINE_RUN.test(text) || anyPatternMatches(BOILERPLATE, ANY_BOILERPLATE, text);
}
