/**
 * Nouns for people, with what they tell of the person: sex and stage of life. General English. They
 * decide whether two ages given to differently worded people may be one person's: "an 11-year-old
 * girl" and "one of her 11-year-old students" may be; "a 4-year-old boy" and "his mother" may not.
 */
interface PersonNoun {
  readonly sex?: "f" | "m";
  readonly stage?: "young" | "adult";
  /** Says only what kind of person this is ("man", "girl"), not their relation to anyone or role. */
  readonly generic?: boolean;
}

const G = true;
export const PERSON_NOUNS: Readonly<Record<string, PersonNoun>> = {
  man: { sex: "m", stage: "adult", generic: G }, woman: { sex: "f", stage: "adult", generic: G },
  boy: { sex: "m", stage: "young", generic: G }, girl: { sex: "f", stage: "young", generic: G },
  guy: { sex: "m", generic: G }, lady: { sex: "f", stage: "adult", generic: G },
  gentleman: { sex: "m", stage: "adult", generic: G }, male: { sex: "m", generic: G }, female: { sex: "f", generic: G },
  person: { generic: G }, individual: { generic: G }, adult: { stage: "adult", generic: G },
  child: { stage: "young", generic: G }, kid: { stage: "young", generic: G }, youngster: { stage: "young", generic: G },
  teen: { stage: "young", generic: G }, teenager: { stage: "young", generic: G }, adolescent: { stage: "young", generic: G },
  youth: { stage: "young", generic: G }, juvenile: { stage: "young", generic: G }, minor: { stage: "young", generic: G },
  toddler: { stage: "young", generic: G }, baby: { stage: "young", generic: G }, infant: { stage: "young", generic: G },
  newborn: { stage: "young", generic: G },
  mother: { sex: "f", stage: "adult" }, mom: { sex: "f", stage: "adult" }, father: { sex: "m", stage: "adult" },
  dad: { sex: "m", stage: "adult" }, wife: { sex: "f", stage: "adult" }, husband: { sex: "m", stage: "adult" },
  grandmother: { sex: "f", stage: "adult" }, grandfather: { sex: "m", stage: "adult" },
  grandma: { sex: "f", stage: "adult" }, grandpa: { sex: "m", stage: "adult" },
  stepmother: { sex: "f", stage: "adult" }, stepfather: { sex: "m", stage: "adult" },
  aunt: { sex: "f", stage: "adult" }, uncle: { sex: "m", stage: "adult" },
  son: { sex: "m" }, daughter: { sex: "f" }, brother: { sex: "m" }, sister: { sex: "f" },
  stepson: { sex: "m" }, stepdaughter: { sex: "f" }, grandson: { sex: "m" }, granddaughter: { sex: "f" },
  nephew: { sex: "m" }, niece: { sex: "f" }, boyfriend: { sex: "m" }, girlfriend: { sex: "f" },
};

/**
 * True when two common nouns may name one person: the same noun, or a generic one ("man", "girl")
 * and another that does not contradict it in sex or stage of life ("brother", "student").
 * @example mayBeOnePerson("man", "brother") // true; mayBeOnePerson("boy", "mother") // false
 */
export function mayBeOnePerson(a: string, b: string): boolean {
  if (a === b) return true;
  const x = PERSON_NOUNS[a];
  const y = PERSON_NOUNS[b];
  if (!x?.generic && !y?.generic) return false;
  if (x?.sex && y?.sex && x.sex !== y.sex) return false;
  return !(x?.stage && y?.stage && x.stage !== y.stage);
}
