/**
 * Event nouns (and the verbs that name the same event) grouped by what they refer to, so that "the
 * talks lasted about two and a half hours" and "their three-hour meeting" share a slot. General English.
 */
export const EVENT_GROUPS: Readonly<Record<string, readonly string[]>> = {
  meeting: [
    "meeting", "meet", "talk", "talks", "summit", "session", "negotiation", "negotiations", "negotiate",
    "discussion", "discussions", "discuss", "sit-down", "encounter", "face-to-face", "confer", "tete-a-tete",
  ],
  "press conference": ["press conference", "news conference", "press briefing", "briefing", "press event"],
  call: ["call", "phone call", "telephone call", "conversation", "phone conversation"],
  speech: ["speech", "address", "remarks"],
  visit: ["visit", "trip", "tour", "stay"],
  war: ["war", "conflict", "invasion", "invade", "fighting", "offensive", "occupation"],
  election: ["election", "vote", "ballot", "poll", "referendum", "runoff", "primary"],
  trial: ["trial", "hearing", "testimony", "deliberation", "deliberations"],
  strike: ["strike", "walkout", "stoppage", "shutdown", "closure", "lockdown", "blackout", "outage"],
  flight: ["flight", "fly", "journey", "voyage", "drive"],
};

/**
 * Words before an event noun that make it a different event: "the next meeting" is not "the meeting".
 * A slot keeps them ("next meeting"), so values of the two never compare.
 */
export const DISTINGUISHING_MODIFIERS: ReadonlySet<string> = new Set([
  "next", "previous", "earlier", "later", "another", "other", "second", "third", "fourth", "first", "last",
  "former", "upcoming", "future", "planned", "proposed", "follow-up", "subsequent", "prior", "new",
  "trilateral", "bilateral", "final", "initial", "separate", "larger", "smaller", "second-round",
]);

const INDEX = new Map<string, string>();
for (const [group, words] of Object.entries(EVENT_GROUPS)) for (const w of words) INDEX.set(w, group);

/**
 * The event group a noun or verb lemma belongs to, or undefined.
 * @example eventGroupOf("talks") // "meeting"
 */
export function eventGroupOf(word: string): string | undefined {
  return INDEX.get(word.toLowerCase());
}
