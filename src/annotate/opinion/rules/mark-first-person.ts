import type { SentenceRule } from "./sentence-rule.js";

/**
 * The writer's own "I" outside any quotation or attribution: "I wonder if it makes people
 * uncomfortable", "I very much doubt it" (a strong finding). A capitalised word before "I" makes it a
 * numeral ("World War I", "Elizabeth I"); the writer's plural "we" is too common in organisations' own
 * pages to count on its own, so it is a weak finding (it needs the writer's "I" or an address).
 */
const FIRST_PERSON = /(?<![\p{L}\p{N}])(I|I(?:'|’)(?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}\p{N}])/gu;

/** A capitalised word right before: "World War I". */
const CAPITALISED_WORD_END = /[A-Z][\p{L}.]*$/u;
/** "I.B.M.", "I-Vt.", "I/O" after the letter. */
const INITIAL_OR_LABEL_AFTER = /^(?:\.\p{L}|-|\/)/u;
/** "I. Lewis": a first initial before a name. */
const INITIAL_BEFORE_NAME = /^\.\s+\p{Lu}\p{Ll}/u;
/** Two Title Case words after: "My Favourite Family Recipes". */
const TITLE_CASE_AFTER = /^\s+\p{Lu}\p{L}*\s+\p{Lu}\p{L}*/u;

/** The writer's "we" when it knows, believes or prescribes: "But we know nothing about how ...". */
const WRITER_WE = /\bwe (?:all )?(?:know|knew|think|believe|suspect|doubt|wonder|hope|feel|should|must|ought to|get it)\b/i;

const NUMERAL_BEFORE = /\b(?:type|class|phase|stage|part|chapter|category|grade|level|title|article|section|schedule|division|war|volume|book|act)\s*$/i;
const REPORTER = /^I (?:was told|asked|reported|interviewed|spoke (?:to|with)|learned|have learned|confirmed)\b/;
const TOLD_ME = /\b(?:told|asked|wrote to|emailed|said to|texted)\s*$/i;

export const markFirstPerson: SentenceRule = {
  name: "first-person",
  find(view) {
    for (const m of view.own.matchAll(FIRST_PERSON)) {
      const word = m[1] ?? "";
      const before = view.own.slice(0, m.index).trimEnd();
      if (word === "I" && CAPITALISED_WORD_END.test(before) && before.length > 0) continue;
      // "virus type I (HTLV-1)", "Phase I,": a numeral after a classifier or before a bracket.
      const after = view.own.slice((m.index ?? 0) + word.length);
      // "I.B.M.", "Sen. Jo Park (I-Vt.)": an initial or a party label, not a pronoun.
      // "I/O virtualization": an abbreviation, not a pronoun.
      if (word === "I" && (NUMERAL_BEFORE.test(before) || /^\s*(?:[()\],;:]|$)/.test(after) || INITIAL_OR_LABEL_AFTER.test(after))) continue;
      // "Phases I and II", "unguals I and III": a Roman numeral in a list of numerals.
      if (word === "I" && (/^\s*(?:,|and|or|to|through|[-–])\s*(?:II|III|IV|V|VI|VII|VIII)\b/.test(after) || /\b(?:II|III|IV|V|VI|VII|VIII)\s*(?:,|and|or)\s*$/.test(before))) continue;
      // "a pardon for I. Lewis Libby": a first initial; "the ARSO-I then created": part of a title.
      if (word === "I" && (INITIAL_BEFORE_NAME.test(after) || /[-‐/]$/.test(view.own.slice(0, m.index)))) continue;
      // "Unlocking My Voice": a capitalised "My" inside a sentence belongs to a title.
      if (/^M[ey]$/.test(word) && before.length > 0 && !/[.!?:"“]\s*$/.test(before)) continue;
      // "Home Cooking: My Favourite Family Recipes": after a colon too, when Title Case words follow.
      if (/^M[ey]$/.test(word) && /:\s*$/.test(before) && TITLE_CASE_AFTER.test(after)) continue;
      // "I asked.", "I was told": the reporter reporting, not the writer's view.
      if (REPORTER.test(view.own.slice(m.index ?? 0)) || (/^me$/i.test(word) && TOLD_ME.test(before))) continue;
      // "experts I spoke to this week ..., as I did earlier about the other plan": "as I did" repeats
      // the reporter's action named before it, not a view.
      if (word === "I" && /\bas$/i.test(before) && /^\s+(?:did|had|have|do|was)\b/.test(after)) continue;
      // "Oh my", "my goodness": exclamations rather than a writer's person.
      if (/^[Mm]y$/.test(word) && /^\s*(?:god|gosh|goodness)\b/i.test(view.own.slice((m.index ?? 0) + word.length))) continue;
      return { kind: "first-person", reason: `the writer's first person ("${word}")`, strong: true };
    }
    const we = WRITER_WE.exec(view.own);
    if (we) return { kind: "first-person", reason: `the writer's "we" ("${we[0]}")` };
    return undefined;
  },
};
