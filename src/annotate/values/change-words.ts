/**
 * Words that tell of a change in a figure. After one of them, "from X to Y" gives two figures (the
 * old and the new), not a range: "raise the minimum age from 18 to 21" states 18 and 21, and a
 * source that says "from 18 to 25" disagrees on the new one. General English.
 */
const CHANGE_STEMS = [
  "rais", "increas", "rise", "rising", "rose", "risen", "lift", "boost", "hike", "hiking", "grow", "grew", "climb",
  "jump", "soar", "surg", "swell", "expand", "extend", "doubl", "tripl", "up", "cut", "reduc", "lower", "drop",
  "fall", "fell", "fallen", "declin", "decreas", "slash", "shrink", "shrank", "plung", "tumbl", "slid", "slip",
  "shorten", "trim", "down", "chang", "revis", "adjust", "move", "moving", "went", "gone", "go", "going", "shift",
];

/** A change word, then up to ten words of the same clause, then "from" right before the figure. */
const CHANGE_FROM = new RegExp(
  `\\b(?:${CHANGE_STEMS.join("|")})[a-z]*\\b(?:[^.;:!?\\n\\w]+[\\w'’$€£%-]+){0,10}?[^.;:!?\\n\\w]+from\\s+$`,
  "i",
);

/**
 * True when the text before a figure ends in "from" after a change word ("raised the age from ").
 * @example isChangeFrom("would raise the minimum age from ") // true; isChangeFrom("flights from ") // false
 */
export function isChangeFrom(before: string): boolean {
  return CHANGE_FROM.test(before);
}
