/**
 * Titles and roles of general English, lower case. A mention's title is split off the name and kept
 * as `title` ("Foreign Minister Ada Brennan" -> name "Ada Brennan", title "Foreign Minister").
 * Multi-word titles are listed whole so that the longest one wins.
 */
export const TITLES: readonly string[] = [
  // heads of state and government
  "president", "vice president", "vice-president", "prime minister", "deputy prime minister", "premier",
  "chancellor", "king", "queen", "prince", "princess", "emperor", "monarch", "sultan", "emir", "sheikh",
  "pope", "governor", "lieutenant governor", "mayor", "deputy mayor", "head of state", "leader",
  "supreme leader", "dictator", "president-elect", "chief executive", "first lady",
  // ministers and cabinet
  "minister", "foreign minister", "defense minister", "defence minister", "finance minister",
  "interior minister", "deputy foreign minister", "deputy minister", "secretary", "secretary of state",
  "deputy secretary of state", "secretary of defense", "secretary of the treasury", "treasury secretary",
  "defense secretary", "defence secretary", "foreign secretary", "home secretary", "secretary-general",
  "secretary general", "attorney general", "attorney-general", "commerce secretary", "energy secretary",
  "health secretary", "press secretary", "chief of staff", "national security adviser",
  "national security advisor", "cabinet secretary",
  // legislators and officials
  "senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "lawmaker", "speaker",
  "house speaker", "majority leader", "minority leader", "whip", "deputy", "mp", "member of parliament",
  "councillor", "councilman", "councilwoman", "ambassador", "envoy", "special envoy", "diplomat",
  "top diplomat", "consul", "commissioner", "director", "deputy director", "administrator", "official",
  "senior official", "spokesperson", "spokesman", "spokeswoman", "press officer", "aide", "presidential aide",
  "adviser", "advisor", "senior adviser", "senior advisor", "counsel", "special counsel", "negotiator",
  "chief negotiator", "judge", "justice", "chief justice", "prosecutor", "attorney", "lawyer",
  "inspector general", "sheriff", "police chief", "commissioner of police",
  // military
  "general", "gen.", "admiral", "adm.", "colonel", "col.", "major", "maj.", "captain", "capt.",
  "lieutenant", "lt.", "sergeant", "sgt.", "commander", "chief of the general staff", "field marshal",
  // organisations and professions
  "chairman", "chairwoman", "chair", "vice chairman", "ceo", "chief executive officer", "cfo", "coo",
  "founder", "co-founder", "owner", "president and ceo", "executive director", "managing director",
  "head", "chief", "economist", "chief economist", "analyst", "professor", "prof.", "researcher",
  "scientist", "editor", "editor-in-chief", "correspondent", "reporter", "columnist", "historian",
  "author", "activist", "campaigner", "candidate", "nominee", "coach", "manager", "doctor", "dr.",
  "bishop", "archbishop", "cardinal", "rabbi", "imam", "reverend", "rev.", "father",
  "political scientist", "strategist", "pollster", "expert", "fellow", "senior fellow",
];

/** Words that qualify a title without being part of a name ("former", "acting", "deputy"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "former", "ex", "acting", "interim", "deputy", "vice", "assistant", "associate", "senior", "junior",
  "chief", "top", "then", "outgoing", "incoming", "late", "first", "second", "veteran", "longtime",
  "presidential", "federal", "state", "regional", "national", "foreign", "defense", "defence",
  "u.s.", "us", "uk", "u.k.", "eu", "un", "u.n.", "white", "house", "kremlin", "pentagon", "republican",
  "democratic", "democrat", "conservative", "labour", "liberal", "opposition", "government",
]);

/** Honorifics: they make a name a person but are not a role. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "sir", "dame", "lord", "lady", "madam",
]);

const TITLE_SET = new Set(TITLES);
const MAX_TITLE_WORDS = Math.max(...TITLES.map((t) => t.split(" ").length));
// Most words start (end) no title: one look-up then answers, instead of joining every length.
// A word holding a space may join into a title's words, so it is checked the long way.
const TITLE_FIRST_WORDS = new Set(TITLES.map((t) => t.split(" ")[0] as string));
const TITLE_LAST_WORDS = new Set(TITLES.map((t) => t.split(" ").at(-1) as string));

/** True when `words` (lower case) form one title of the lexicon. */
export function isTitle(words: readonly string[]): boolean {
  return TITLE_SET.has(words.join(" "));
}

/** Length of the longest title of the lexicon starting at `words[from]`, or 0. */
export function matchTitleAt(words: readonly string[], from: number): number {
  const first = words[from];
  if (first !== undefined && !first.includes(" ") && !TITLE_FIRST_WORDS.has(first)) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, words.length - from); n > 0; n--) {
    if (TITLE_SET.has(words.slice(from, from + n).join(" "))) return n;
  }
  return 0;
}

/** Length of the longest title of the lexicon ending just before `words[to]`, or 0. */
export function matchTitleEndingAt(words: readonly string[], to: number): number {
  const last = words[to - 1];
  if (last !== undefined && !last.includes(" ") && !TITLE_LAST_WORDS.has(last)) return 0;
  for (let n = Math.min(MAX_TITLE_WORDS, to); n > 0; n--) {
    if (TITLE_SET.has(words.slice(to - n, to).join(" "))) return n;
  }
  return 0;
}

/** Nationality and place adjectives qualify titles: "Russian Foreign Minister", "French President". */
export function isNationalityWord(word: string): boolean {
  return /^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)$/.test(word) || /^[A-Z](?:\.[A-Z])+\.?$/.test(word);
}
