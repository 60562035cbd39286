import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalizeOptions } from "../../src/config/options.js";
import { createWorkerBriefer } from "../../src/server/worker-briefer.js";

const A = `Council approves new river bridge

The Marlow town council voted 7 to 2 on Tuesday to approve a new footbridge over the river.
Mayor Ada Brennan said the bridge would open in the spring.`;

const B = `Marlow backs footbridge plan

Councillors in Marlow approved a footbridge across the river on Tuesday by a vote of 7 to 2.
Mayor Ada Brennan told reporters the bridge would open next spring.`;

const articles = [
  { id: "a", path: "a.txt", body: A },
  { id: "b", path: "b.txt", body: B },
];
const options = normalizeOptions();

describe("server: the analysis worker thread", () => {
  it("briefs and inspects in a worker thread, and stops a job past its limit with 504", async () => {
    const briefer = createWorkerBriefer(120_000);
    try {
      await briefer.warm?.();
      const briefing = await briefer.brief(articles, options, []);
      assert.deepEqual(briefing.sources.map((s) => s.id), ["a", "b"]);
      // Inspecting one article goes through the same thread, and comes back as plain JSON.
      const doc = await briefer.inspect(articles[0] as (typeof articles)[number], options);
      assert.equal(doc.article.id, "a");
      assert.ok(doc.sentences.some((s) => s.text.startsWith("The Marlow town council voted 7 to 2")));
      assert.ok(doc.entities.some((e) => e.name === "Ada Brennan"), JSON.stringify(doc.entities.map((e) => e.name)));
    } finally {
      await briefer.close();
    }
    // A limit no analysis can meet: the job is stopped and reported as a timeout.
    const hasty = createWorkerBriefer(1);
    try {
      await hasty.warm?.();
      await assert.rejects(hasty.brief(articles, options, []), (err: Error & { status?: number }) => {
        assert.equal(err.status, 504);
        assert.match(err.message, /took longer than/);
        return true;
      });
    } finally {
      await hasty.close();
    }
  });

  it("once closed, refuses queued and new jobs with 503 instead of starting a new thread", async () => {
    const briefer = createWorkerBriefer(120_000);
    await briefer.warm?.();
    // A backlog, as under load: one job runs, the others wait in the queue when the server stops.
    const jobs = Array.from({ length: 6 }, () => briefer.brief(articles, options, []));
    await briefer.close();
    const settled = await Promise.allSettled(jobs);
    const refused = settled.filter((s) => s.status === "rejected").map((s) => (s.reason as { status?: number }).status);
    assert.ok(refused.length >= 5, `${refused.length} of 6 jobs refused`);
    assert.ok(refused.every((status) => status === 503), JSON.stringify(refused));
    await assert.rejects(briefer.brief(articles, options, []), (err: Error & { status?: number }) => err.status === 503);
  });
});
