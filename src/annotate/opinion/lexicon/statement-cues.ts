/**
 * Signs that a whole text is an organisation's or a candidate's own statement (a press release, a
 * company's or campaign's announcement, a fundraiser's thank-you) rather than an outlet's article.
 * Its "we", "I", verdicts and exclamations are then that organisation's, reported by whoever carries
 * the text, not the outlet's opinion. Each cue is general press-release or institutional English;
 * one alone proves little ("our users" turns up in a quoted engineer's remark), so a text needs
 * several different cues, outside quotation marks (see find-statement-genre.ts).
 */
export interface StatementCue {
  readonly pattern: RegExp;
  readonly reason: string;
}

export const STATEMENT_CUES: readonly StatementCue[] = [
  // "NEW YORK, Nov. 19, 2019 /PRNewswire/ --": a newswire for press releases. (A bare dateline,
  // "NEWPORT NEWS, Va. - ...", opens news reports too, so it is no cue.)
  { pattern: /\/?\b(?:PRNewswire|Business Wire|GLOBE NEWSWIRE|Marketwired|PRWeb|ACCESSWIRE)\b/, reason: "a press-release wire" },
  { pattern: /\bfor (?:more|further|additional) information(?: (?:on|about) [^.\n]{1,120}?)?,? (?:please )?(?:visit|contact|go to|see)\b/i, reason: "\"for more information, visit\"" },
  { pattern: /^about \p{Lu}[\p{L}\d&.'’ -]{1,60}$/imu, reason: "an \"About <organisation>\" boilerplate" },
  { pattern: /\b(?:media|press) (?:contact|inquiries|enquiries)\b|^#{3}\s*$/im, reason: "a press contact or \"###\" end mark" },
  { pattern: /\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC)(?: \w+)?: ?[A-Z.]{1,6}\)/, reason: "a stock ticker after the company's name" },
  { pattern: /\btoday announced\b|\bis (?:a|the) (?:leading|global|world-leading|premier) (?:provider|developer|supplier|manufacturer|maker)\b/i, reason: "an announcement's formula (\"today announced\", \"a leading provider of\")" },
  { pattern: /\bforward-looking statements?\b/i, reason: "a forward-looking-statements clause" },
  // "On behalf of all of us, I am incredibly proud", "we are delighted with this collaboration".
  { pattern: /\bon behalf of (?:all of us|the (?:company|festival|team|board|organi[sz]ation|foundation|family)|our)\b/i, reason: "\"on behalf of\" an organisation" },
  { pattern: /\bwe(?: are|(?:'|’)re)(?: \w+)? (?:proud|pleased|delighted|excited|thrilled|honou?red|happy) (?:to|with|that)\b/i, reason: "an organisation's \"we are pleased/proud to\"" },
  { pattern: /\b(?:thank you (?:all|so much|to all|for (?:your|being|supporting|joining))|thanks to all (?:of )?our)\b/i, reason: "thanks addressed to supporters" },
  { pattern: /\bour (?:company|organi[sz]ation|customers|clients|employees|staff|members|donors|backers|supporters|partners|products|services|mission|shareholders|investors|users)\b/i, reason: "an organisation's \"our customers/members/products\"" },
  // "A vote for me is a vote for jobs", "Reelect me and I will", "my administration delivered": a
  // candidate's own pitch asks for votes and speaks from the office.
  { pattern: /\b(?:vote for me|(?:re-?)?elect me|(?:want|ask for|earn|need) your vote)\b/i, reason: "a candidate asking for votes" },
  { pattern: /\b(?:my administration|(?:as )?your (?:next )?(?:president|governor|senator|mayor|congress(?:wo)?man))\b/i, reason: "a candidate speaking from the office" },
  // "All donation withdrawals from the Go Fund Me will be managed by the family", "I really didn't know
  // what to set the donation amount at", "Any help offered would be so appreciated! Help spread the
  // word!": a fundraiser's own page, in its organiser's first person.
  { pattern: /\b(?:go ?fund ?me|crowdfunding (?:page|campaign)|(?:this|my|our) fundraiser|donations? (?:amount|withdrawals?|link|page|goal))\b/i, reason: "a fundraising page's donation terms" },
  { pattern: /\b(?:any (?:help|amount|donation|contribution)s?\b[^.!?\n]{0,30}\b(?:helps|appreciated|welcome)|(?:please|help) (?:share|donate)\b|spread the word|(?:every|each) (?:little )?(?:bit|dollar|donation|contribution) (?:helps|counts)|asking for (?:your |any )?help)/i, reason: "an appeal for donations or shares" },
  // "We test whether hunger spills over to nonfood objects": a study's authors reporting their work.
  { pattern: /\b(?:in this (?:paper|study)|our (?:results|findings|study|data|analysis|experiments?|sample|survey))\b/i, reason: "a study's \"our results\"" },
  { pattern: /\bwe (?:test|tested|find|found|show|showed|propose|hypothesi[sz]e|examine|investigate|estimate|conclude)\b/i, reason: "a study's \"we find\"" },
];
