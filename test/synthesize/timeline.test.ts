import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import type { Doc } from "../../src/model/doc.js";
import type { Fact } from "../../src/model/fact.js";
import { buildTimeline } from "../../src/synthesize/build-timeline.js";
import { findSentenceTimes } from "../../src/synthesize/timeline/find-sentence-times.js";
import { resolveWeekday } from "../../src/synthesize/timeline/resolve-weekday.js";
import { assertGolden } from "../golden.js";
import { makeDoc } from "../annotate/opinion/make-doc.js";

const FIXTURES = join(import.meta.dirname, "../fixtures/timeline-basic");
/** A Saturday. */
const PUBLISHED = "2024-03-09T10:00:00Z";

function times(sentence: string, published = PUBLISHED) {
  const doc = makeDoc(sentence);
  return findSentenceTimes(sentence, 0, { date: new Date(published), synthetic: false }, doc.tokens, sentence);
}

/** A fact linking whole sentences of several docs (what alignSentences would produce). */
function factOf(id: string, parts: Array<[Doc, number]>): Fact {
  const evidence = parts.map(([d, i]) => ({ source: d.article.id, start: d.sentences[i]?.start ?? 0, end: d.sentences[i]?.end ?? 0 }));
  return { id, text: "", sources: parts.map(([d]) => d.article.id), evidence, support: 1, quoted: false, opinion: false };
}

test("timeline: 'sat down' and a duration are not dates", () => {
  assert.deepEqual(times("The two ministers sat down for talks for around 2.5 hours."), []);
});

test("timeline: a weekday resolves to the last such day on or before publication", () => {
  assert.equal(times("The mayor opened the bridge on Friday.")[0]?.iso, "2024-03-08");
  assert.equal(times("The mayor opened the bridge on Saturday.")[0]?.iso, "2024-03-09");
  assert.equal(times("The mayor will visit the site on Monday.")[0]?.iso, "2024-03-11");
  assert.equal(resolveWeekday(4, new Date(PUBLISHED), "met on Thursday").toISOString().slice(0, 10), "2024-03-07");
});

test("timeline: bare years, full dates and months", () => {
  assert.deepEqual(times("The dam was finished in 2014.").map((t) => [t.iso, t.precision]), [["2014", "year"]]);
  assert.deepEqual(times("The law took effect on March 3, 2021.").map((t) => [t.iso, t.precision]), [["2021-03-03", "day"]]);
  assert.deepEqual(times("Talks collapsed in February 2022.").map((t) => [t.iso, t.precision]), [["2022-02", "month"]]);
  assert.deepEqual(times("It may rain, and voters march to the polls."), []);
});

test("timeline: 'before the vote' names a relative time anchored on an event noun", () => {
  const [t] = times("Ahead of the vote, the mayor met union leaders.");
  assert.equal(t?.precision, "relative");
  assert.deepEqual(t?.relative, { direction: "before", anchor: "vote" });
  assert.deepEqual(times("She stood before the press and smiled."), []);
});

test("timeline: events in order, merged across sources by aligned facts", () => {
  const a = makeDoc(
    "The council held the vote on Thursday. Ahead of the vote, the mayor met union leaders. The old bridge was built in 1962. After the vote, protesters gathered outside.",
    "a",
    { published: PUBLISHED },
  );
  const b = makeDoc("Councillors voted on Thursday to close the bridge. The mayor will meet the unions again on Monday.", "b", { published: PUBLISHED });
  const facts = [factOf("f1", [[a, 0], [b, 0]])];
  const events = buildTimeline([a, b], facts, normalizeOptions());
  assert.deepEqual(events.map((e) => e.time.label), ["in 1962", "Ahead of the vote", "Thursday", "After the vote", "Monday"]);
  const vote = events.find((e) => e.time.label === "Thursday");
  assert.deepEqual(vote?.sources, ["a", "b"]);
  assert.equal(vote?.time.iso, "2024-03-07");
  assert.equal(vote?.evidence.length, 2);
  assertGolden(join(FIXTURES, "merged.json"), events);
});

test("timeline: without a publication date, weekdays keep their order but claim no calendar date", () => {
  const a = makeDoc("The storm reached the coast on Tuesday. The river crested on Thursday. The town was first flooded in 1998.", "a");
  const events = buildTimeline([a], [], normalizeOptions());
  assert.deepEqual(events.map((e) => e.time.label), ["in 1998", "Tuesday", "Thursday"]);
  assert.equal(events[1]?.time.iso, undefined);
});

test("timeline: ages, names in capitals and a date without a year ahead of publication", () => {
  assert.deepEqual(times("The children range in age from 4 to 26."), []);
  assert.deepEqual(times("He told TODAY Thursday that he was fine.").map((t) => t.iso), ["2024-03-07"]);
  // Published in March: "Sept. 18" without a year is last September, unless the sentence looks ahead.
  assert.deepEqual(times("The process began on Sept. 18 with a hearing.").map((t) => t.iso), ["2023-09-18"]);
  assert.deepEqual(times("The hearing will be held on Sept. 18.").map((t) => t.iso), ["2024-09-18"]);
});
