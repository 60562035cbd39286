import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { assertGolden } from "../../golden.js";
import { makeDoc } from "./make-doc.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/quotes-patterns");

/** One attribution pattern: invented text, and the speaker each quote must get, in order. */
const CASES: Array<{ name: string; text: string; speakers: Array<string | null> }> = [
  {
    name: "trailing-x-said",
    text: `Talks resumed on Monday. "We are closer than ever," Ada Brennan said.`,
    speakers: ["Ada Brennan"],
  },
  {
    name: "trailing-said-x",
    text: `The council met again. "Nothing has been decided yet," said Tom Hale, the council's chairman.`,
    speakers: ["Tom Hale"],
  },
  {
    name: "leading-colon",
    text: `Ada Brennan said: "We will not sign anything that hurts our farmers."`,
    speakers: ["Ada Brennan"],
  },
  {
    name: "told-y",
    text: `Finance Minister Jo Marlow spoke after the vote. "The budget is balanced," Marlow told reporters.`,
    speakers: ["Jo Marlow"],
  },
  {
    name: "according-to",
    text: `According to Ada Brennan, "the bridge will open in spring."`,
    speakers: ["Ada Brennan"],
  },
  {
    name: "added-pronoun",
    text: `Tom Hale opened the session. "We owe this to the voters," Hale said. "They have waited long enough," he added.`,
    speakers: ["Tom Hale", "Tom Hale"],
  },
  {
    name: "quipped-in-english",
    text: `Deputy Mayor Lena Okafor quipped in English, "Rome was not built in a day."`,
    speakers: ["Lena Okafor"],
  },
  {
    name: "role-resolved",
    text: `President Ivo Dranic hosted Prime Minister Ada Brennan. "This is a historic day for both nations," the president said.`,
    speakers: ["Ivo Dranic"],
  },
  {
    name: "role-with-nationality",
    text: `Arlandian President Ivo Dranic met Tervian Prime Minister Ada Brennan.\n\n"We had a frank exchange of views," the Arlandian leader said. "We agreed on very little," the prime minister said.`,
    speakers: ["Ivo Dranic", "Ada Brennan"],
  },
  {
    name: "partial-quotes",
    text: `Ada Brennan urged "all the parties" to "return to the table without conditions."`,
    speakers: ["Ada Brennan", "Ada Brennan"],
  },
  {
    name: "multi-sentence",
    text: `"We came here to listen. We leave with a plan. That is progress," Tom Hale said.`,
    speakers: ["Tom Hale"],
  },
  {
    name: "multi-paragraph",
    text: `Ada Brennan described the night in detail.\n\n"The lights went out at nine. Nobody knew what to do.\n\n"Then the phones rang all at once," she said.`,
    speakers: ["Ada Brennan"],
  },
  {
    name: "continuation",
    text: `"The harvest was poor," Tom Hale said. "Prices will rise before winter."`,
    speakers: ["Tom Hale", "Tom Hale"],
  },
  {
    name: "nested-quote",
    text: `"He looked at me and said, 'I will never sign this,' and left the room," Ada Brennan said.`,
    speakers: ["Ada Brennan", null],
  },
  {
    name: "nested-quote-named",
    text: `"Tom Hale looked at me and said, 'I will never sign this,' and left," Ada Brennan said.`,
    speakers: ["Ada Brennan", "Tom Hale"],
  },
  {
    name: "previous-sentence-attribution",
    text: `Ada Brennan said the plan had been rushed through the council.\n\n"Nobody read the final text before the vote."`,
    speakers: ["Ada Brennan"],
  },
  {
    name: "dash-credit",
    text: `Readers wrote in by the hundreds.\n\n"The new bridge changed my commute completely." ― Lena Okafor`,
    speakers: ["Lena Okafor"],
  },
  {
    name: "straight-quote-then-surname",
    text: `The hearing ended early. "I take comfort in that fact," Marlow said.`,
    speakers: ["Marlow"],
  },
  {
    name: "participle-saying",
    text: `Tom Hale rejected the offer on Friday, saying it was "an insult to the workers."`,
    speakers: ["Tom Hale"],
  },
  {
    name: "apposition-with-commas",
    text: `"The rules are clear," Jo Marlow, the attorney general of Arland, one of the states that sued, said on Friday.`,
    speakers: ["Jo Marlow"],
  },
  {
    name: "they-group-subject",
    text: `The Harbour Workers Union is contrasting its plan with what they call the council's "reckless cuts to public services."`,
    speakers: ["Harbour Workers Union"],
  },
  {
    name: "relative-clause-after-quote",
    text: `Mayor Ivo Dranic met Governor Ada Brennan. Brennan told Dranic in English: "Next time in my city," which the mayor said he could "hardly refuse."`,
    speakers: ["Ada Brennan", "Ivo Dranic"],
  },
  {
    name: "pronoun-skips-objects",
    text: `"We need more ferries," Tom Hale said.\n\nThe professor said he gives Ada Brennan credit for the plan.\n\nHe said, "This is a problem that will end at the ballot box."`,
    speakers: ["Tom Hale", "Tom Hale"],
  },
  {
    name: "participle-after-time-phrase",
    text: `But moments later, Tom Hale rejected the claim, telling reporters there were "many points that we never agreed on."`,
    speakers: ["Tom Hale"],
  },
  {
    name: "unknown-speaker",
    text: `The banner read across the square.\n\n"Nothing about us without us, ever again."`,
    speakers: [null],
  },
  {
    name: "curly-quotes",
    text: `“We are not there yet,” said Tom Hale. ‘Soon,’ is all he would add.`,
    speakers: ["Tom Hale", "Tom Hale"],
  },
  {
    name: "description-speaker",
    text: `"The deal is dead," a senior official said on condition of anonymity.`,
    speakers: ["a senior official"],
  },
  {
    name: "said-pronoun-clause",
    text: `Ada Brennan met Tom Hale on Friday. Brennan said she was "deeply worried about the delays."`,
    speakers: ["Ada Brennan"],
  },
];

for (const c of CASES) {
  test(`quotes: ${c.name}`, () => {
    const doc = makeDoc(c.text);
    const got = doc.quotes.map((q) => ({ text: q.text, speaker: q.speaker, rule: q.rule, ...(q.nested ? { nested: true } : {}) }));
    assert.deepEqual(
      got.map((q) => q.speaker),
      c.speakers,
      `speakers of ${JSON.stringify(got)}`,
    );
    for (const q of doc.quotes) assert.equal(c.text.slice(q.start, q.end).length, q.end - q.start);
    assertGolden(join(FIXTURES, `${c.name}.json`), { text: c.text, quotes: got, warnings: doc.warnings.map((w) => w.rule) });
  });
}

test("quotes: an unknown speaker is null with a warning, never a guess", () => {
  const doc = makeDoc(`The banner read across the square.\n\n"Nothing about us without us, ever again."`);
  assert.equal(doc.quotes[0]?.speaker, null);
  assert.ok(doc.warnings.some((w) => w.stage === "quotes" && w.rule === "no-speaker"));
});

test("quotes: offsets point at the quoted words without the marks", () => {
  const text = `"We will win," Ada Brennan said.`;
  const q = makeDoc(text).quotes[0];
  assert.ok(q);
  assert.equal(text.slice(q.start, q.end), "We will win");
});

test("quotes: a scare quote is not a statement", () => {
  const doc = makeDoc(`The so-called "peace plan" was published on Friday by the ministry.`);
  assert.equal(doc.quotes.length, 0);
});
