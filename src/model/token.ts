/** A word or punctuation token with offsets into the cleaned text, as the NLP model read it. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** Lower-cased lemma ("say" for "said"). */
  readonly lemma: string;
  /** Universal POS tag (NOUN, PROPN, VERB, NUM, PUNCT ...). */
  readonly pos: string;
  readonly stop: boolean;
  /** Index of the sentence this token belongs to. */
  readonly sentence: number;
}
