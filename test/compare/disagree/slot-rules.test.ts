import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateValues } from "../../../src/annotate/values/index.js";
import { compareSlotValues } from "../../../src/compare/disagree/compare-slot-values.js";
import { valuePair } from "../../../src/compare/disagree/located-value.js";
import { locateValues } from "../../../src/compare/disagree/pair-values.js";
import { findDisagreements } from "../../../src/compare/find-disagreements.js";
import { normalizeOptions } from "../../../src/config/options.js";
import type { Disagreement } from "../../../src/model/disagreement.js";
import { docOf } from "../../annotate/values/doc-of.js";

/** Disagreements between two one-sentence sources, with the text each position cites. */
function compare(a: string, b: string): Array<{ d: Disagreement; readings: string[] }> {
  const docs = [docOf(a, "a"), docOf(b, "b")].map((d) => annotateValues(d, normalizeOptions()));
  return findDisagreements(docs, [], [])
    .filter((d) => d.kind !== "internal")
    .map((d) => ({ d, readings: d.positions.map((p) => p.value) }));
}

/** The one disagreement between the sources that sets `x` against `y`. */
function between(found: ReturnType<typeof compare>, x: string, y: string) {
  return found.find(({ readings }) => readings.some((r) => r.includes(x)) && readings.some((r) => r.includes(y)));
}

describe("disagreements: slot rules of issue 4 (figures told in other words)", () => {
  it("counts one noun whose verb is unknown in one sentence (a headline) as one slot", () => {
    const found = compare(
      "Country hits 12 million flu cases as winter strain spreads.",
      "Flu cases are FALLING for the first time since March - signalling an end to the long winter surge - as the nation passes 20 million cases during the season and a milder Sigma strain emerges.",
    );
    assert.equal(between(found, "12 million", "20 million")?.d.severity, "conflict");
  });

  it("ties two figures to one slot by a figure both state right beside them (\"by 40% to $350\")", () => {
    const found = compare(
      "The rule, first proposed last spring and published in the city gazette Friday, raises the permit fee for street vendors by 40 percent to $350 among a number of fee increases for small businesses.",
      "The city council said it would raise the fee to obtain a street vendor permit by 40% to $490 and impose a charge for the first time on food trucks, according to a notice in the City Gazette on Friday.",
    );
    assert.equal(between(found, "$350", "$490")?.d.severity, "conflict");
  });

  it("pairs dates that follow the same shared word (\"return to court ... on\"), not the other date of the sentence", () => {
    const found = compare(
      "He pleaded not guilty to fraud on March 3 and was due to return to court on April 9.",
      "Jones pleaded not guilty and was scheduled to return to court for a preliminary hearing setting on April 16.",
    );
    assert.ok(between(found, "April 9", "April 16"), "the court dates differ");
    assert.equal(between(found, "March 3", "April 16"), undefined, "the plea date is another step");
  });

  it("compares the restatements in parentheses of two paired figures (\"1,200 km (745 miles)\")", () => {
    const found = compare(
      "The wreck lies about 1,200 km (745 miles) west of the island, the navy said on Friday.",
      "The navy said on Friday that the wreck lies some 1,200 km (950 miles) west of the island.",
    );
    assert.equal(between(found, "745 miles", "950 miles")?.d.severity, "conflict");
  });

  it("pairs the only bare figure of two close paraphrases told with one verb", () => {
    const found = compare("Home prices in the region climb to record 4.2 million.", "Home prices climb to record high 5.6 million, raising fears of a bubble.");
    assert.equal(between(found, "4.2 million", "5.6 million")?.d.severity, "conflict");
  });

  it("lets \"the 31-year-old\" (no noun) be the person the other sentence ages", () => {
    const found = compare(
      "The 31-year-old was visiting the coast to attend a sailing course.",
      "Maria Lopez, a 45-year-old Spaniard visiting the coast for a sailing course for her work at the club, was found injured on Sunday morning in her small boat near the harbour.",
    );
    assert.equal(between(found, "31", "45")?.d.severity, "conflict");
  });

  it("does not take \"age 10 and younger\" for a person's age", () => {
    const found = compare(
      "A fundraiser is held for a 29-year-old youth football coach who was hurt while celebrating with his team.",
      "It was another season to celebrate for the youth football team, age 10 and younger, until the coach was hurt.",
    );
    assert.equal(between(found, "29", "10"), undefined);
  });

  it("does not read a weekday and a month as two dates of one action", () => {
    const found = compare(
      "Two clerks allegedly submitted 300 false expense claims between June and September 2019, according to a criminal complaint from the county auditor.",
      "A clerk seeking a seat on the city council and a colleague allegedly submitted 520 false expense claims on behalf of a charity, the county auditor said Tuesday.",
    );
    assert.equal(between(found, "300", "520")?.d.severity, "conflict");
  });

  it("reports a figure far beyond a round bound (\"more than 500\" / \"900\") as a difference of precision", () => {
    const found = compare(
      "More than 500 residents signed the petition against the new ring road this week.",
      "The 900 residents who signed the petition against the new ring road this week want a vote.",
    );
    assert.equal(between(found, "500", "900")?.d.severity, "precision");
  });

  it("keeps a bound that is no round number (\"at least three\") as a count so far", () => {
    const found = compare(
      "The storm killed at least three people in the coastal towns on Monday, officials said.",
      "The storm killed 27 people in the coastal towns on Monday, officials said.",
    );
    assert.equal(between(found, "three", "27"), undefined);
  });

  it("keeps a figure close to a round bound (\"more than 500\" / \"540\") as agreeing", () => {
    const found = compare(
      "More than 500 residents signed the petition against the new ring road this week.",
      "The 540 residents who signed the petition against the new ring road this week want a vote.",
    );
    assert.equal(between(found, "500", "540"), undefined);
  });
});

describe("disagreements: the readings a slot shows", () => {
  it("shows a reading that contradicts another source of a shown reading, not only the two sources compared", () => {
    const texts = {
      a: "The county jobless rate rose to 5.7% in July.",
      b: "The county jobless rate fell to 5.4% in July.",
      c: "The county jobless rate dropped to 5.4% in July.",
      d: "County jobless rate slides to 25.4%.",
    };
    const docs = Object.entries(texts).map(([id, text]) => annotateValues(docOf(text, id), normalizeOptions()));
    const v = locateValues(docs).filter((x) => x.value.kind === "percent");
    const [a, b, c, d] = ["a", "b", "c", "d"].map((id) => v.find((x) => x.source === id)!);
    const [found] = compareSlotValues(docs, [valuePair(a!, b!, 5), valuePair(b!, c!, 4), valuePair(d!, c!, 3)]);
    const readings = found?.positions.map((p) => p.value) ?? [];
    assert.ok(readings.includes("5.7%") && readings.includes("5.4%"), readings.join(", "));
    assert.ok(readings.includes("25.4%"), `the headline's 25.4% is shown: ${readings.join(", ")}`);
  });

  it("does not show a value reached only through a chain of other readings", () => {
    const texts = {
      a: "The county jobless rate rose to 5.7% in July.",
      b: "The county jobless rate fell to 5.4% in July.",
      c: "The county jobless rate dropped to 5.9% in July.",
      d: "County jobless rate slides to 25.4%.",
    };
    const docs = Object.entries(texts).map(([id, text]) => annotateValues(docOf(text, id), normalizeOptions()));
    const v = locateValues(docs).filter((x) => x.value.kind === "percent");
    const [a, b, c, d] = ["a", "b", "c", "d"].map((id) => v.find((x) => x.source === id)!);
    const [found] = compareSlotValues(docs, [valuePair(a!, b!, 5), valuePair(b!, c!, 4), valuePair(d!, c!, 3)]);
    const readings = found?.positions.map((p) => p.value) ?? [];
    assert.ok(!readings.includes("25.4%"), readings.join(", "));
  });

  it("an upper bound states its figure, round or not: \"as many as 213\" is far above \"125\"", () => {
    const found = compare(
      "The relief agency said a total of 125 families had left the valley by Friday, many of them from a single village near the dam.",
      "As many as 213 families left the valley by Friday, many of them from a single village near the dam, the agency said.",
    );
    assert.ok(between(found, "125", "213"), found.map((f) => f.readings.join(" / ")).join("; "));
    // A lower bound that is no round number is a count so far: "at least 27" agrees with "125".
    const soFar = compare(
      "The relief agency said a total of 125 families had left the valley by Friday, many of them from a single village near the dam.",
      "At least 27 families left the valley by Friday, many of them from a single village near the dam, the agency said.",
    );
    assert.equal(between(soFar, "125", "27"), undefined);
  });

  it("in sentences that share little, figures more than five times apart are different things", () => {
    const found = compare(
      "The relief agency, a group which organises and records aid convoys, said a total of 125 families had left the valley on Monday, many of them from a single village near the dam, although no one has checked the figure.",
      "The UN meanwhile says more than 7,500 families have now left in the drought.",
    );
    assert.equal(between(found, "125", "7,500"), undefined);
  });

  it("two sentences that give one figure alike and one more each, with one verb, pair the two others", () => {
    const found = compare(
      "Under the new rule, riders may now stand just 2 metres apart on the platform as long as they wear masks but must keep the usual 4 metres away from the driver's cab, the transit authority said Monday in a notice posted at each station.",
      "The transit authority on Monday relaxed its distance rules for riders on every platform from 4 metres to 3 metres.",
    );
    assert.ok(between(found, "2 metres", "3 metres"), found.map((f) => f.readings.join(" / ")).join("; "));
    // Told with two verbs, the two others are two facts: "12 fans were detained" / "13 fans are in custody".
    const twoVerbs = compare(
      "Two fans were hurt, one with a bottle, and 12 fans were detained during a fight on Saturday night between rival supporters at the city stadium, police said.",
      "Authorities say 13 fans are in custody following a brawl that left two fans hurt at the city stadium.",
    );
    assert.equal(between(twoVerbs, "12", "13"), undefined);
  });

  it("a title-case headline shares its words with a sentence that tells the same (\"Added 500 Jobs\" / \"added 800 new jobs\")", () => {
    const found = compare(
      "Mill Town Factory Added 500 Jobs in May.",
      "The factory added 800 new jobs in May, the county said Friday.",
    );
    assert.ok(between(found, "500", "800"), found.map((f) => f.readings.join(" / ")).join("; "));
  });
});
