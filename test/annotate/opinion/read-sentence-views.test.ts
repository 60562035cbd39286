import assert from "node:assert/strict";
import { test } from "node:test";
import { markQuotedChars } from "../../../src/annotate/opinion/mark-quoted-chars.js";
import { readSentenceViews } from "../../../src/annotate/opinion/read-sentence-views.js";
import { makeDoc } from "./make-doc.js";

// Quotation marks of every kind the scan reads, letters outside ASCII, a quote over a whole
// sentence, one that opens a sentence, one that ends it, and a sentence with none.
const TEXT = [
  "The minister said “we will not yield” before the vote. Müller called it «a farce».",
  "\"Nobody asked us,\" a resident said. The ''old bridge'' closed in May.",
  "'At the time, I thought it was a brick,' Mrs Ó Briain said. Ça suffit, écrit Zoë.",
  "“Everything here is quoted, every word of it.”",
].join("\n");

test("sentence views: `own` blanks exactly the quoted characters and `quotedShare` counts quoted letters", () => {
  const doc = makeDoc(TEXT);
  const quoted = markQuotedChars(doc);
  const views = readSentenceViews(doc);
  assert.ok(views.length >= 6);
  let blanked = 0;
  let untouched = 0;
  for (const v of views) {
    const { start, end } = v.sentence;
    assert.equal(v.text, TEXT.slice(start, end));
    assert.equal(v.own.length, v.text.length);
    let letters = 0;
    let quotedLetters = 0;
    for (let i = 0; i < v.text.length; i++) {
      const q = quoted[start + i] === 1;
      assert.equal(v.own[i], q ? " " : v.text[i], `sentence ${v.sentence.index}, character ${i}`);
      if (/\p{L}/u.test(v.text[i] ?? "")) {
        letters++;
        if (q) quotedLetters++;
      }
    }
    assert.equal(v.quotedShare, letters ? quotedLetters / letters : 0);
    if (v.own === v.text) untouched++;
    else blanked++;
  }
  // Both kinds are present, so both paths were exercised.
  assert.ok(blanked >= 4, `blanked ${blanked}`);
  assert.ok(untouched >= 1, `untouched ${untouched}`);
  assert.equal(views.at(-1)?.quotedShare, 1);
});

test("sentence views: a paragraph-final credit line marks the pull quote before it, a sentence with a full stop does not", () => {
  const credited = readSentenceViews(makeDoc("I remember him being very outspoken about it. Former partner Jo Park, who hired him in 1993"));
  assert.equal(credited[0]?.attribution, "a pull quote credited at its end");
  const plain = readSentenceViews(makeDoc("I remember him being very outspoken about it. Former partner Jo Park, who hired him in 1993."));
  assert.equal(plain[0]?.attribution, undefined);
});

/** The definition isTitleCase follows: words by /\s+/, those with a letter, three in four capitalised. */
function titleCaseByWords(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

test("sentence views: a Title Case line is boilerplate by words with a letter, capitals read beyond ASCII", () => {
  const lines = [
    "Part 6: The Same Person Calling Me Names",
    "Über Den Wolken: Ein Sommer Mit Öl",
    "The committee met on Tuesday to discuss the budget.",
    "“Why Élise Left” — 2019 — A Story In 3 Parts",
    "One Two three Four",
    "One two three Four five",
    "𝐁old 𝐌ath Letters Are Capitals Too",
    "Ça Va, Émile? Très Bien, Merci",
  ];
  const views = readSentenceViews(makeDoc(lines.join("\n")));
  let titled = 0;
  for (const v of views) {
    const expected = titleCaseByWords(v.text);
    if (expected) titled++;
    // A line that is not Title Case here is not site furniture either (no boilerplate phrase in these lines).
    assert.equal(v.boilerplate, expected, v.text);
  }
  assert.ok(titled >= 4 && titled < lines.length, `titled ${titled}`);
});
