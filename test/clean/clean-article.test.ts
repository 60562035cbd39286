import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { cleanArticle } from "../../src/clean/clean-article.js";
import { assertGolden } from "../golden.js";

const fixture = (slug: string) => new URL(`../fixtures/${slug}/`, import.meta.url).pathname;

function cleanFixture(slug: string) {
  const body = readFileSync(`${fixture(slug)}input.txt`, "utf8");
  return { body, article: cleanArticle({ id: slug, path: `${slug}.txt`, body }) };
}

describe("cleanArticle", () => {
  it("clean: scraped page matches its golden file", () => {
    const { article } = cleanFixture("clean-scraped");
    assertGolden(`${fixture("clean-scraped")}expected.json`, article);
  });

  it("clean: drops logo, tag-cloud and interface lines, naming the rule", () => {
    const { article } = cleanFixture("clean-scraped");
    const rules = new Map(article.dropped.map((d) => [d.text, d.rule]));
    assert.equal(rules.get("newsdesk logo"), "logo-line");
    assert.equal(rules.get("harborbridgevotecitycouncilharborbridgebudgetmayorvote"), "tag-cloud-line");
    assert.equal(rules.get("Comments"), "interface-line");
    assert.equal(rules.get("Related Stories"), "interface-line");
    assert.equal(rules.get("Local news"), "tail-furniture-line");
    for (const junk of ["logo", "Comments", "Related Stories", "Local news", "Editor's note", "updated with"]) {
      assert.ok(!article.text.includes(junk), `"${junk}" left in the cleaned text`);
    }
  });

  it("clean: takes the headline line as the title", () => {
    const { article } = cleanFixture("clean-scraped");
    assert.equal(article.title, "City council approves harbor bridge repairs after long debate");
    assert.ok(!article.text.startsWith("City council approves"));
  });

  it('clean: repairs "bridge.Why it matters:" into two sentences and drops the label', () => {
    const { article } = cleanFixture("clean-scraped");
    assert.match(article.text, /harbor bridge\. The bridge carries 40,000 cars a day\./);
    assert.match(article.text, /overdue\. "We waited too long," she said\. Repairs will take two years\./);
    assert.ok(article.dropped.some((d) => d.rule === "section-labels" && d.text.startsWith("Why it matters")));
  });

  it("clean: dropped offsets point at the dropped text in the raw body", () => {
    const { body, article } = cleanFixture("clean-scraped");
    for (const d of article.dropped) assert.equal(body.slice(d.start, d.end), d.text);
  });

  it("clean: keeps a plain article intact (long first line is the lede, not a headline)", () => {
    const { body, article } = cleanFixture("clean-plain");
    assert.deepEqual(article.dropped, []);
    assert.equal(article.text, body.trim().split("\n").join("\n\n"));
    assert.match(article.title, /^The city council voted/);
  });
});
