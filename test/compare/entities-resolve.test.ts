import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { resolveEntities } from "../../src/compare/resolve-entities.js";
import { personNamesMatch, surnamesMatch, transliterationKey } from "../../src/compare/entities/match-names.js";
import { assertGolden } from "../golden.js";
import { makeDoc } from "../annotate/quotes/make-doc.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/entities-resolve");

const DOCS = [
  makeDoc(`Foreign Minister Sergey Volkan met special envoy Tom Hale. Volkan's deputy stayed home. Hale said little.`, "a"),
  makeDoc(`Sergei Volkan, the foreign minister, spoke first. Presidential aide Tom Hale and Mary Hale, a senator, listened.`, "b"),
  makeDoc(`Minister Yury Danko and Yuri Danko's aides met Volkann. The Harbour Union was not invited.`, "c"),
  makeDoc(`The harbour union protested. Later the Harbour Union issued a statement.`, "d"),
];

test("entities: transliteration keys make spelling variants equal", () => {
  assert.equal(transliterationKey("Sergey"), transliterationKey("Sergei"));
  assert.equal(transliterationKey("Yury"), transliterationKey("Yuri"));
  assert.ok(surnamesMatch("Zelinskyy", "Zelinsky"));
  assert.ok(!surnamesMatch("Clanton", "Clafton"), "one letter apart but different surnames");
  assert.ok(personNamesMatch("Sergey Volkan", "Sergei Volkan"));
  assert.ok(!personNamesMatch("Tom Hale", "Mary Hale"), "different people sharing a surname stay apart");
});

test("entities: one entity per person across sources, with all forms and roles", () => {
  const ents = resolveEntities(DOCS);
  const volkan = ents.find((e) => e.forms.includes("Sergey Volkan"));
  assert.ok(volkan);
  assert.ok(volkan.forms.includes("Sergei Volkan"), JSON.stringify(volkan.forms));
  assert.ok(volkan.forms.includes("Volkan"));
  assert.ok(volkan.sources.includes("a") && volkan.sources.includes("b"));
  assert.ok(volkan.roles.some((r) => r.source === "a" && r.title === "Foreign Minister"));
  assert.equal(volkan.rolesDiffer, false, "Foreign Minister and the foreign minister agree");
  for (const r of volkan.roles) assert.ok(DOCS.find((d) => d.article.id === r.source)?.article.text.slice(r.evidence.start, r.evidence.end).includes(r.title));
});

test("entities: different titles in different sources are visible", () => {
  const hale = resolveEntities(DOCS).find((e) => e.forms.includes("Tom Hale"));
  assert.ok(hale);
  assert.deepEqual(hale.sources.sort(), ["a", "b"]);
  assert.equal(hale.rolesDiffer, true, JSON.stringify(hale.roles));
});

test("entities: people sharing a surname stay apart; a lone surname then joins nobody", () => {
  const ents = resolveEntities(DOCS);
  const tom = ents.find((e) => e.forms.includes("Tom Hale"));
  const mary = ents.find((e) => e.forms.includes("Mary Hale"));
  assert.ok(tom && mary && tom.id !== mary.id);
});

test("entities: first-name variants (Yury/Yuri) and possessives merge; organisations by name", () => {
  const ents = resolveEntities(DOCS);
  const danko = ents.filter((e) => e.forms.some((f) => f.includes("Danko")));
  assert.equal(danko.length, 1, JSON.stringify(danko.map((d) => d.forms)));
  const union = ents.filter((e) => e.type === "organization" && e.name.toLowerCase().includes("harbour union"));
  assert.equal(union.length, 1);
  assert.deepEqual(union[0]?.sources.sort(), ["c", "d"]);
});

test("entities: resolved entities golden", () => {
  const ents = resolveEntities(DOCS).map((e) => ({ id: e.id, type: e.type, forms: e.forms, sources: e.sources, roles: e.roles.map((r) => `${r.source}: ${r.title}`), rolesDiffer: e.rolesDiffer }));
  assertGolden(join(FIXTURES, "resolved.json"), ents);
});

test("entities: 'leader' agrees with a head-of-state title; 'envoy' and 'aide' differ", async () => {
  const { rolesDiffer } = await import("../../src/compare/entities/compare-roles.js");
  const ev = { source: "x", start: 0, end: 1 };
  assert.equal(rolesDiffer([{ title: "Arlandian President", source: "a", evidence: ev }, { title: "Arlandian leader", source: "b", evidence: ev }]), false);
  assert.equal(rolesDiffer([{ title: "special envoy", source: "a", evidence: ev }, { title: "presidential aide", source: "b", evidence: ev }]), true);
  assert.equal(rolesDiffer([{ title: "Foreign Minister", source: "a", evidence: ev }, { title: "Arlandian Foreign Minister", source: "b", evidence: ev }]), false);
});

test("entities: many sources naming the same people, spellings interleaved, resolve as a few sources do", () => {
  // Sixty articles, each naming one spelling: every spelling of one person joins one entity, and the
  // two people sharing a surname stay apart, however many times each is named.
  const spellings = ["Sergey Volkan", "Sergei Volkan", "Tom Hale", "Mary Hale"];
  const docs = Array.from({ length: 60 }, (_, i) =>
    makeDoc(`Officials said ${spellings[i % spellings.length]} met the Harbour Union in Tervia on Monday.`, `s${i}`),
  );
  const ents = resolveEntities(docs);
  const volkan = ents.filter((e) => e.forms.includes("Sergey Volkan") || e.forms.includes("Sergei Volkan"));
  assert.equal(volkan.length, 1, JSON.stringify(volkan.map((e) => e.forms)));
  assert.equal(volkan[0]?.sources.length, 30);
  const hales = ents.filter((e) => e.forms.includes("Tom Hale") || e.forms.includes("Mary Hale"));
  assert.equal(hales.length, 2, "Tom Hale and Mary Hale are two people");
  const union = ents.filter((e) => e.forms.some((f) => /harbour union/i.test(f)));
  assert.equal(union.length, 1);
  assert.equal(union[0]?.sources.length, 60);
});
