// talisman ships CommonJS without type declarations: the two functions Parallax uses.
declare module "talisman/stemmers/porter.js" {
  /** The classical Porter stemmer. */
  const porter: (word: string) => string;
  export default porter;
}

declare module "talisman/metrics/jaro-winkler.js" {
  /** Jaro-Winkler similarity in [0, 1]. */
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}
