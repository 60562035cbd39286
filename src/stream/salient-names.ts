/**
 * The names a report is about: who or where the event happened to, as opposed to the people it
 * quotes. Two reports of different events of the same kind (two arrests, two rehab check-ins, two
 * shootings) share the topic words but not these names; two reports of one event mention each
 * other's. Used by the story index as a contrast: see `StoryIndex` and `ClusterOptions.contrastFactor`.
 */

/** One mention of a name: its fullest form (lower case), its type and the sentence it is in. */
export interface NameMention {
  name: string;
  type: string;
  sentence: number;
}

/** A name is salient when it is in the headline or the first `LEAD_SENTENCES` sentences ... */
const LEAD_SENTENCES = 2;
/** ... and named at least this often (an analyst quoted once in the lead is not what a report is about). */
const MIN_MENTIONS = 2;

/** The last word of a name ("tara reid" -> "reid"), how later mentions and headlines often write it. */
export function lastWordOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? name;
}

/**
 * Names (lower case) mentioned at least twice and at least once in the headline or the lead.
 * @example salientNames([{ name: "ada brennan", type: "person", sentence: 0 }, { name: "ada brennan", type: "person", sentence: 4 }], "") // ["ada brennan"]
 */
export function salientNames(mentions: readonly NameMention[], headline: string): string[] {
  const counts = new Map<string, number>();
  const inLead = new Set<string>();
  for (const m of mentions) {
    const name = m.name.toLowerCase().trim();
    if (!name) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (m.sentence < LEAD_SENTENCES) inLead.add(name);
  }
  const headlineWords = new Set(headline.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const out: string[] = [];
  for (const [name, n] of counts) {
    if (n < MIN_MENTIONS) continue;
    if (inLead.has(name) || headlineWords.has(lastWordOf(name))) out.push(name);
  }
  return out.sort();
}

/** What one side of a comparison names: its salient names, and every name and term it mentions. */
export interface NamedSide {
  salient: readonly string[];
  /** Whether this side mentions `key` as a name (fullest form) or as a term (a lemma, e.g. a last name). */
  hasEntity(key: string): boolean;
  hasTerm(key: string): boolean;
}

/** Whether `side` mentions `name`, in full or by its last word. */
function mentions(side: NamedSide, name: string): boolean {
  return side.hasEntity(name) || side.hasTerm(lastWordOf(name));
}

/**
 * Two sides are about different people or places when both have salient names and neither mentions
 * any of the other's: the reports of one event name the same protagonist, if only in passing.
 * @example contrasting(lohanReport, reidReport) // true: neither names the other's star
 */
export function contrasting(a: NamedSide, b: NamedSide): boolean {
  if (a.salient.length === 0 || b.salient.length === 0) return false;
  for (const name of a.salient) if (mentions(b, name)) return false;
  for (const name of b.salient) if (mentions(a, name)) return false;
  return true;
}
