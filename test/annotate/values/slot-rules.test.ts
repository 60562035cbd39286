import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotateValues } from "../../../src/annotate/values/index.js";
import { normalizeOptions } from "../../../src/config/options.js";
import { docOf } from "./doc-of.js";

const valuesOf = (text: string) => annotateValues(docOf(text), normalizeOptions()).values;

describe("values: slots and ages of issue 4", () => {
  it("a hyphened measure before a comma measures the noun that ends the list of modifiers", () => {
    const [screen] = valuesOf("The studio sells a 55-inch, 4K 120-hertz television, a sound bar and two remotes.");
    assert.equal(screen?.text, "55-inch");
    assert.equal(screen?.slot?.subject, "television");
  });

  it("a list of modifiers that ends in no noun gives the measure no noun from it", () => {
    const [rope] = valuesOf("She bought rope, 30-metre, and then left.");
    assert.notEqual(rope?.slot?.subject, "left");
  });

  it("\"age 10 and younger\" bounds a group and is no one's age; \"aged 10\" is", () => {
    const ages = (t: string) => valuesOf(t).filter((v) => v.unit === "age").map((v) => v.low);
    assert.deepEqual(ages("The league is open to players age 10 and younger."), []);
    assert.deepEqual(ages("The league is open to players age 12 or over."), []);
    assert.deepEqual(ages("A boy aged 10 was hurt."), [10]);
  });

  it("a count heading its clause takes the verb after its noun, not a verb of another clause", () => {
    const verbOf = (t: string) => valuesOf(t).find((v) => v.kind === "count")?.slot?.predicate;
    assert.equal(verbOf("The union, a group which organises and documents strikes, said a total of 40 workers had quit by noon."), "quit");
    assert.equal(verbOf("Volunteers who cleaned the beach on Sunday said some 300 birds were rescued."), "rescue");
    // The object of a content verb keeps that verb.
    assert.equal(verbOf("The storm destroyed 40 houses left empty by the flood."), "destroy");
  });

  it("a headline's capitalised plural after a number is what it counts, however short (\"Adds 500 Jobs\")", () => {
    const [jobs] = valuesOf("Factory Adds 500 Jobs in May.");
    assert.equal(jobs?.kind, "count");
    assert.equal(jobs?.unit, "job");
  });
});
