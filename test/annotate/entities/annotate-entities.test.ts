import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { assertGolden } from "../../golden.js";
import { makeDoc } from "../quotes/make-doc.js";

const FIXTURES = join(import.meta.dirname, "../../fixtures/entities-rules");

function mentions(text: string) {
  return makeDoc(text).entities.map((e) => ({
    name: e.name,
    type: e.type,
    ...(e.title ? { title: e.title } : {}),
    ...(e.full ? { full: e.full } : {}),
    at: text.slice(e.start, e.end),
  }));
}

/** One entity rule: invented text and what must (and must not) come out. */
const CASES: Array<{ name: string; text: string; has: Array<[string, string, string?]>; not?: string[] }> = [
  {
    name: "title-split",
    text: `Foreign Minister Ada Brennan arrived late. Secretary of State Tom Hale was waiting.`,
    has: [
      ["Ada Brennan", "person", "Foreign Minister"],
      ["Tom Hale", "person", "Secretary of State"],
    ],
  },
  {
    name: "title-with-nationality",
    text: `The talks were hosted by Arlandian Prime Minister Ivo Dranic and former U.S. Ambassador Jo Marlow.`,
    has: [
      ["Ivo Dranic", "person", "Arlandian Prime Minister"],
      ["Jo Marlow", "person", "former U.S. Ambassador"],
    ],
  },
  {
    name: "lowercase-and-apposition-title",
    text: `The special envoy Lena Okafor met Tom Hale, a presidential aide, in the capital.`,
    has: [
      ["Lena Okafor", "person", "special envoy"],
      ["Tom Hale", "person", "presidential aide"],
    ],
  },
  {
    name: "possessive-and-surname",
    text: `Ada Brennan spoke first. Brennan's plan was rejected by the council.`,
    has: [
      ["Ada Brennan", "person"],
      ["Brennan", "person"],
    ],
    not: ["Brennan's"],
  },
  {
    name: "not-entities",
    text: `Analysis: On Monday, in March, the President spoke. Officials said nothing. Breaking news followed.`,
    has: [],
    not: ["Monday", "March", "President", "Analysis", "Officials", "Breaking", "On"],
  },
  {
    name: "organisations-and-places",
    text: `The Ministry of Finance and the Harbour Workers Union met in Port Ellis on Friday.`,
    has: [
      ["Ministry of Finance", "organization"],
      ["Harbour Workers Union", "organization"],
      ["Port Ellis", "place"],
    ],
    not: ["Friday"],
  },
  {
    name: "modifiers-not-names",
    text: `Tervian officials joined the Arland-Tervia talks with Ana Ruiz-Vidal and NATO.`,
    has: [
      ["Ana Ruiz-Vidal", "person"],
      ["NATO", "organization"],
    ],
    not: ["Tervian", "Arland-Tervia"],
  },
  {
    name: "place-run-into-name",
    text: `The Special Envoy to the Middle East Steve Hale arrived. Later, with Steve, the talks resumed.`,
    has: [["Steve Hale", "person"]],
    not: ["Middle East Steve Hale"],
  },
  {
    name: "organisation-title-not-split",
    text: `General Motors and the Justice Department reached a settlement.`,
    has: [
      ["General Motors", "organization"],
      ["Justice Department", "organization"],
    ],
  },
];

for (const c of CASES) {
  test(`entities: ${c.name}`, () => {
    const got = mentions(c.text);
    for (const [name, type, title] of c.has) {
      const m = got.find((g) => g.name === name);
      assert.ok(m, `${name} in ${JSON.stringify(got)}`);
      assert.equal(m.type, type, `${name} type`);
      if (title) assert.equal(m.title, title, `${name} title`);
      assert.equal(m.at, name, "offsets cover the name only");
    }
    for (const n of c.not ?? []) assert.ok(!got.some((g) => g.name === n), `${n} must not be an entity: ${JSON.stringify(got)}`);
    assertGolden(join(FIXTURES, `${c.name}.json`), { text: c.text, mentions: got });
  });
}

test("entities: a surname alone gets the article's full name", () => {
  const got = mentions(`Tom Hale and Ada Brennan met. Later, Hale left.`);
  assert.equal(got.find((g) => g.at === "Hale")?.full, "Tom Hale");
});

test("entities: Title Case headline words are not names", () => {
  const got = mentions(`Council Rejects Harbour Plan After Long Night\n\nThe vote was close.`);
  assert.ok(!got.some((g) => g.name.includes("Rejects")), JSON.stringify(got));
});

test("entities: a first name alone points at the one person with that first name", () => {
  const got = mentions(`Ivo Dranic thanked the hosts. "Thank you, Ivo," the mayor said to Ivo.`);
  assert.ok(got.some((g) => g.name === "Ivo" && g.full === "Ivo Dranic"), JSON.stringify(got));
});

test("entities: a name seen inside sentences is a name at a sentence start too, with the same type", () => {
  const got = mentions(`President Dranic opened the talks. Dranic set the agenda for the day.`);
  const second = got.filter((g) => g.name === "Dranic");
  assert.equal(second.length, 2, JSON.stringify(got));
  assert.ok(second.every((g) => g.type === "person"));
});
