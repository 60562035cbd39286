/** A rule that recognises a boilerplate block (one paragraph, list item or heading) by its text. */
export interface TextRule {
  name: string;
  /** Why the block goes, shown when debugging an extraction. */
  reason: string;
  /** `text` is the block's whitespace-collapsed text; `linkShare` the share of it inside links. */
  test: (text: string, words: number, linkShare: number) => boolean;
}

const CREDIT_AGENCIES = /(getty( images)?|ap photo|associated press|reuters|afp|epa|shutterstock|istock(photo)?|alamy|file photo|handout)\W*$/i;

/** Boilerplate blocks that survive Readability, each rule from a kind of line seen inside article bodies. */
export const TEXT_RULES: ReadonlyArray<TextRule> = [
  {
    // "(Image: © NASA/ESA)", "Image credit: Blue Origin", "Photo: Jane Roe/AP", "Credit: EPA"
    name: "photo-credit",
    reason: "a photo credit or caption label",
    test: (t, w) =>
      w <= 30 &&
      (/^\(?\s*(image|images|photo|photos|photograph|picture|pictures|credit|foto|source: getty)s?(\s+credits?)?\s*[:©]/i.test(t) ||
        /\((image|photo|picture|credit)s?( credit)?\s*:[^)]*\)\s*$/i.test(t) ||
        (w <= 12 && CREDIT_AGENCIES.test(t)) ||
        /^image \d+ of \d+$/i.test(t)),
  },
  {
    // "Advertisement", "Continue Reading Below", "Story continues below advertisement", "Skip to content"
    name: "furniture-label",
    reason: "an ad or navigation label",
    test: (t, w) =>
      w <= 8 &&
      /^(advert(isement)?s?|ad|sponsored( content)?|caption|close|open gallery|expand|(image|photo|slide|picture)s? \d+( of)? \d+|continue reading( below)?|story continues( below)?( advertisement)?|article continues below|skip to (main )?content|scroll to continue|this slideshow requires javascript|loading\.*|share( this)?( article| story)?|comments?|print|email|follow us|view comments|click to expand)\W*$/i.test(t),
  },
  {
    // "Related: The 15 Weirdest Galaxies", "READ MORE: ...", "Also: See ... coverage", "More:" — pointers to other stories
    name: "read-more",
    reason: "a pointer to another story",
    test: (t, w, link) =>
      w <= 30 && /^(related( \w+){0,3}|read more|read also|see (also|more)|also( read)?|more|more from [^:]{1,30}|recommended|watch|listen|trending|most read)\s*[:»>|-]/i.test(t) &&
      (link > 0.3 || w <= 20),
  },
  {
    // "TAYLOR SWIFT CLEARED TO PERFORM ..." — an all-capitals headline linking to another story
    name: "caps-headline-link",
    reason: "an all-capitals link to another story",
    test: (t, w, link) => w >= 3 && link >= 0.8 && t === t.toUpperCase() && /[A-Z]{3}/.test(t),
  },
  {
    // "CLICK HERE TO GET THE FOX NEWS APP", "Sign up for our newsletter", "Get the latest updates right in your inbox."
    name: "call-to-action",
    reason: "a call to action (app, newsletter, subscription)",
    test: (t, w) =>
      w <= 40 &&
      (/^(click here|tap here|sign up|subscribe|download (the|our)|get the [\w' ]{0,30}(app|newsletter)|follow (us|[\w ]{0,30}on (twitter|facebook|instagram))|join (our|the) [\w ]{0,30}(newsletter|forums?|community))/i.test(t) ||
        /\b(sign up for|subscribe to) [\w’' .]{0,40}newsletters?\b/i.test(t) ||
        /\b(in|to) your inbox\b/i.test(t)),
  },
  {
    // "By Jane Roe - 11/18/19 11:04 PM EST", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated Nov 19, 6:55 AM"
    name: "byline-dateline",
    reason: "a byline or a publication-time line",
    test: (t, w) =>
      w <= 20 &&
      (/^(\|\s*)?(published|updated|posted|last updated|first published|modified)\b/i.test(t) ||
        /^(by|By|BY)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}\s*([|,–—-]|and\b|$)/.test(t)),
  },
  {
    // "...sought treatmentCredit: EPA", "(AP Photo/Jane Roe, File)", "Photograph by Jo Bloggs/AFP/Getty Images",
    // "REUTERS/Jane Roe": a caption that lost its <figcaption>, recognised by the credit at its end
    name: "caption-credit",
    reason: "a photo caption ending in its credit",
    test: (t, w) =>
      w <= 60 &&
      /(credit\s*:\s*[^.]{1,60}|\((ap |afp |epa |reuters )?(photo|image|picture)s?( credit)?\s*(by|:|\/)[^)]{1,80}\)|photo(graph)? by [^.]{1,60}|\b(reuters|afp|ap|epa)\/[\w .'-]{2,40}|getty images|shutterstock|\[\+\])\.?\s*$/i.test(t),
  },
  {
    // "Reporting by Jane Roe; Editing by John Doe", "Associated Press writers ... contributed to this report."
    name: "credits-line",
    reason: "a reporting/editing credits line",
    test: (t, w) =>
      w <= 50 &&
      (/^[([]?(reporting|writing|editing|additional reporting|compiled|produced) by\b/i.test(t) ||
        /\bcontributed (to )?(this (report|story|article)|reporting)\b[^.]{0,60}\W*$/i.test(t)),
  },
  {
    // "Email Jane Roe at jroe@example.com or follow her @jroe", "Have a tip? ... may be reached at ..."
    name: "contact-line",
    reason: "an author contact line",
    test: (t, w) => w <= 45 && (/[\w.+-]+@[\w-]+\.[\w.]+/.test(t) || /\bfollow (him|her|them|us|me)\b[^.]{0,40}(@\w+|twitter|facebook|instagram)/i.test(t)),
  },
  {
    // "If you enjoyed this article ... Join NRPLUS", "Need more space? Subscribe to our sister title",
    // "This website uses cookies ...", "Microsoft may earn an Affiliate Commission ..."
    name: "pitch",
    reason: "a subscription, cookie or affiliate notice",
    test: (t, w) =>
      w <= 60 &&
      ((/\b(subscribe|subscription|sign up|join|newsletters?|membership)\b/i.test(t) && /\b(you|your|our)\b/i.test(t) && /\b(subscribe|sign up|join|get|enjoy(ed)?|want|need|delivered)\b/i.test(t) && !/["“”]/.test(t)) ||
        /\bcookies?\b.*\b(you|your|consent|accept)\b/i.test(t) ||
        /\baffiliate (commission|links?|partnerships?)\b/i.test(t)),
  },
  {
    // "Tags: calendar, racing, schedule", "Filed under: Science"
    name: "tags-line",
    reason: "a tags or category line",
    test: (t, w) => w <= 40 && /^(tags?|tagged( with)?|categor(y|ies|ia)|filed under|topics?|keywords)\s*[:：]/i.test(t),
  },
  {
    // "Copyright © 2019 Example Media. All rights reserved."
    name: "copyright-line",
    reason: "a copyright notice",
    test: (t, w) => w <= 30 && (/^(copyright|©|\(c\))/i.test(t) || /\ball rights reserved\b/i.test(t)),
  },
  {
    // "November 20, 2019 / 1:07 AM / Example News", "Nov. 20, 2019, 9:28 AM UTC": a dateline standing alone
    name: "date-line",
    reason: "a date or time standing alone",
    test: (t, w) => w <= 12 && /\b\d{1,2}:\d{2}\b/.test(t) && /\b(19|20)\d{2}\b/.test(t) && !/[.!?]["”’)]?$/.test(t.replace(/\b(a\.m|p\.m)\.$/i, "")),
  },
  {
    // "Plane passengers quarantined after outbreak [VIDEO]": a linked headline with a section tag
    name: "tagged-headline",
    reason: "a headline tagged [VIDEO]/[INSIGHT]",
    test: (t, w) => w <= 25 && /\[[A-Z]{3,}\]\W*$/.test(t),
  },
  {
    // a run of links with little text around them: tag clouds, story lists, menus
    name: "link-list",
    reason: "a block made of links",
    test: (t, w, link) => link >= 0.9 && w <= 25 && !/[.!?]["”’)]?$/.test(t),
  },
];

/** The first rule that calls the block boilerplate, if any. */
export function matchTextRule(text: string, words: number, linkShare: number): TextRule | undefined {
  return TEXT_RULES.find((r) => r.test(text, words, linkShare));
}
