import assert from "node:assert/strict";
import { test } from "node:test";
import nlp from "compromise";
import { installIndexedSweep } from "../../../src/annotate/entities/indexed-sweep.js";

// Invented prose with what compromise's match rules work on: names after titles and before
// reporting verbs, places after prepositions, organisations, contractions, dates, numbers, quotes.
const TEXTS = [
  "Foreign Minister Ada Brennan arrived in Port Ellis on Friday, and Tom Hale said talks would resume.",
  "The Tervian Ministry of Trade won't comment; officials at Arland National Bank said the plan was dead.",
  "“We are not there yet,” Dr. Ivo Dranic told reporters in Lake Mora late Tuesday.",
  "Brennan, 54, has led the Council on Trade Relations since 2019 and she'd like a third term.",
  "Critics say the deal favours Northgate Corp. over farmers near the Mora River.",
  "Hale\nBrennan said\nin Tervia on Monday\nSenator Ana Ruiz-Vidal of Arland",
];

type World = Parameters<typeof installIndexedSweep>[0] & { hooks: string[] };

/** Every term's tags and compromise's people, places and organisations (term ids are random, so left out). */
function readAll(): string[] {
  const noId = (k: string, v: unknown) => (k === "id" ? undefined : v);
  return TEXTS.map((t) => {
    const d = nlp(t);
    return JSON.stringify(
      [
        d.json({ offset: true, terms: { tags: true } }),
        d.people().out("offset"),
        d.places().out("offset"),
        d.organizations().out("offset"),
      ],
      noId,
    );
  });
}

test("indexed sweep: compromise tags and finds names exactly as with its own sweep", () => {
  const world = (nlp as unknown as { world(): World }).world();
  const own = world.methods.one.bulkMatch;
  const before = readAll();
  installIndexedSweep(world);
  assert.notEqual(world.methods.one.bulkMatch, own, "the sweep was replaced");
  const after = readAll();
  assert.deepEqual(after, before);
  // The texts exercise the post-tagger: its sweep changes tags ("Hale" is a person before "said").
  assert.ok(JSON.parse(after[0] as string)[1].length > 0, "compromise found people");
});
