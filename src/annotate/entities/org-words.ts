/**
 * Head words of organisation names, lower case ("Ministry of Finance", "Acme Corp", "Labour Party").
 * A name containing one of them is an organisation, unless it has a person's title.
 */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  "ministry", "department", "agency", "office", "council", "committee", "commission", "party", "union",
  "association", "organization", "organisation", "institute", "institution", "foundation", "university",
  "college", "school", "academy", "bank", "fund", "corp", "corp.", "corporation", "inc", "inc.", "ltd",
  "ltd.", "llc", "plc", "co.", "company", "group", "holdings", "industries", "airlines", "motors",
  "network", "news", "times", "post", "journal", "press", "herald", "tribune", "telegraph", "guardian",
  "gazette", "radio", "television", "tv", "broadcasting", "agency", "service", "services", "bureau",
  "court", "congress", "senate", "parliament", "assembly", "house", "government", "administration",
  "cabinet", "kremlin", "army", "navy", "forces", "force", "guard", "police", "church", "club", "league",
  "federation", "alliance", "coalition", "movement", "front", "board", "authority", "center", "centre",
  "hospital", "museum", "society", "trust", "reserve", "exchange", "caucus", "campaign", "team",
  "brigade", "convention", "conference", "prize", "award", "battalion", "command", "secretariat", "embassy", "consulate", "nations", "states",
]);

/** Head words of place names ("Lake Tern", "Mount Arlo", "Greenfield County"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "city", "county", "province", "state", "region", "district", "island", "islands", "mountain",
  "mountains", "mount", "mt.", "lake", "river", "sea", "ocean", "gulf", "bay", "valley", "peninsula",
  "square", "street", "avenue", "road", "airport", "base", "border", "coast", "desert", "park",
  "village", "town", "port", "fort", "saint", "st.", "cape", "north", "south", "east", "west", "new", "capital", "territory", "republic", "kingdom", "strait", "canal",
]);

/**
 * Head words of events, laws and documents ("Cold War", "Paris Accord", "Clean Air Act"): names, but
 * of none of our three types, so they are not entities.
 */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  "war", "wars", "summit", "crisis", "revolution", "accord", "accords", "treaty", "act", "agreement",
  "plan", "deal", "games", "olympics", "cup", "championship", "festival", "day", "week", "era", "age",
  "pandemic", "election", "elections", "referendum", "doctrine", "protocol", "declaration", "charter",
]);
