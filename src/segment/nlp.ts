import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The steps of wink-nlp's pipeline Parallax reads: sentence boundaries, and the part-of-speech tags
 * (lemmas come from them). Its named-entity, negation and sentiment steps are not read anywhere, and
 * skipping them makes reading a text ~30% cheaper with the same tokens, sentences, tags and lemmas.
 */
export const WINK_PIPE = ["sbd", "pos"] as const;

/** A state machine of wink-nlp's format that matches nothing (its automaton's empty model). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/**
 * wink-nlp builds the state machines of every step when it starts, whatever the pipeline: the
 * named-entity, negation and sentiment machines (~2 MB of objects) are built and never run. Empty
 * machines stand in for them, so every process and thread (and the start-up snapshot, which must
 * deserialise them) holds only the machines of the steps in WINK_PIPE.
 */
const UNREAD_STEPS = {
  ner: () => ({ machines: [], transformers: [] }),
  negation: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
};

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Words whose lemmas are kept (a few MB at most); the table starts over when full. */
const MAX_REMEMBERED_LEMMAS = 100_000;

/**
 * The model's lemmatizer, remembering its answers. It lemmatizes a word wink has no single lemma for
 * from its value and part of speech, asking the model's own vocabulary (`cache.hasSamePOS`, which
 * looks only at words the model ships with), so the same value and tag always give the same lemma; a
 * brief asks it again for every occurrence of the same few thousand words.
 */
function rememberingLemmatizer(lemmatize: Lemmatize): Lemmatize {
  const known = new Map<string, string>();
  return (value, pos, cache) => {
    const key = `${pos} ${value}`;
    let lemma = known.get(key);
    if (lemma === undefined) {
      if (known.size >= MAX_REMEMBERED_LEMMAS) known.clear();
      lemma = lemmatize(value, pos, cache);
      known.set(key, lemma);
    }
    return lemma;
  };
}

/** The one wink-nlp instance (loading the model takes ~60 ms; do it once per process). */
let instance: ReturnType<typeof winkNLP> | undefined;

export function getNlp(): ReturnType<typeof winkNLP> {
  instance ??= createNlp();
  return instance;
}

type LexemeHash = Record<string, number>;
interface LexemeFeature {
  hash: LexemeHash;
  intrinsicSize: number;
}

/**
 * wink-nlp adds each new word it reads to its lexicon, and its tokenizer keeps a chunk whole when the
 * chunk is in the lexicon: once "Hale's," taught it the word "hale's", every later "Hale's" stayed one
 * token where a fresh instance splits it into "Hale" + "'s". An article's tokens thus depended on the
 * articles read before it in the process (and on the thread that read it). The tokenizer looks words
 * up in the hash it captured at construction; words are added through `model.features.lexeme.hash`.
 * Here additions go to a separate table and are shown to the tokenizer's hash only while the document
 * that used them is read, then hidden again: every document is tokenized as by a fresh instance.
 */
function createNlp(): ReturnType<typeof winkNLP> {
  let core: { features?: { lexeme?: LexemeFeature } } | undefined;
  const source = model as unknown as { core: () => typeof core; addons: { lemmatize: Lemmatize } };
  // This instance's own add-ons: the model's object is shared with any other instance of the process.
  const addons = { ...source.addons, lemmatize: rememberingLemmatizer(source.addons.lemmatize) };
  const nlp = winkNLP({ ...model, ...UNREAD_STEPS, addons, core: () => (core = source.core()) } as typeof model, [...WINK_PIPE]);
  const lexeme = core?.features?.lexeme;
  if (!lexeme?.hash) return nlp;
  const seen = lexeme.hash; // the tokenizer's view
  const learned: LexemeHash = Object.create(null);
  const shown: string[] = [];
  const show = (word: string, index: number) => {
    if (seen[word] === undefined) {
      seen[word] = index;
      shown.push(word);
    }
  };
  lexeme.hash = new Proxy(learned, {
    // Most words asked for are the model's own (or already shown): the tokenizer's view first.
    get: (_, word) => {
      if (typeof word !== "string") return undefined;
      const seenIndex = seen[word];
      if (seenIndex !== undefined) return seenIndex;
      const index = learned[word];
      if (index !== undefined) show(word, index);
      return index;
    },
    set: (_, word, index: number) => {
      if (typeof word !== "string") return false;
      learned[word] = index;
      show(word, index);
      return true;
    },
  });
  const readDoc = nlp.readDoc.bind(nlp);
  nlp.readDoc = (text: string) => {
    try {
      return readDoc(text);
    } finally {
      for (const word of shown) delete seen[word];
      shown.length = 0;
    }
  };
  return nlp;
}
