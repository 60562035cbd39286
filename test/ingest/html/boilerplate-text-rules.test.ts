import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchTextRule } from "../../../src/ingest/html/boilerplate-text-rules.js";
import { countWords } from "../../../src/ingest/html/clean-article-dom.js";

const rule = (text: string, linkShare = 0) => matchTextRule(text, countWords(text), linkShare)?.name;

describe("boilerplate text rules", () => {
  const cases: Array<[string, string, number?]> = [
    ["(Image credit: Example Space Agency)", "photo-credit"],
    ["Image 2 of 5", "photo-credit"],
    ["The old pier at low tide, as seen from the beach.Credit: Jo Vale", "caption-credit"],
    ["Crews repair the pier on Monday. (AP Photo/Jo Vale, File)", "caption-credit"],
    ["Advertisement", "furniture-label"],
    ["Continue Reading Below", "furniture-label"],
    ["Read more: Council orders review of the bus network", "read-more", 0.8],
    ["Related: Ten facts about harbors", "read-more", 0.7],
    ["FERRY FARES TO RISE IN SPRING", "caps-headline-link", 1],
    ["Sign up for our newsletter to get the top stories in your inbox.", "call-to-action"],
    ["Reporting by Jo Vale; Editing by Sam Reed", "credits-line"],
    ["Associated writers Jo Vale and Sam Reed contributed to this report.", "credits-line"],
    ["Email Jo Vale at jvale@example.com or follow her on Twitter.", "contact-line"],
    ["By Jo Vale | March 12, 2024", "byline-dateline"],
    ["PUBLISHED: 10:48, Tue, Nov 19, 2019", "byline-dateline"],
    ["Tags: bridge, council, budget", "tags-line"],
    ["Copyright © 2024 Example Media. All rights reserved.", "copyright-line"],
    ["March 12, 2024 / 9:30 AM / Example News", "date-line"],
    ["This website uses cookies to improve your experience. We'll assume you're ok with this.", "pitch"],
  ];
  for (const [text, name, link] of cases) {
    it(`html: "${text.slice(0, 40)}" is ${name}`, () => assert.equal(rule(text, link ?? 0), name));
  }

  const prose = [
    "The council voted on Tuesday to fund repairs to the harbor bridge.",
    "Mayor Tomas Brandt said the bridge had waited long enough for its repairs.",
    "By the end of the year, the ferry will carry twice as many passengers.",
    "The company reported that subscriptions rose 12 percent in the quarter, according to its filing.",
    "Related costs rose too, the report said, as steel prices climbed through the spring.",
    "Photographs taken by the engineers showed corrosion in two of the main supports.",
  ];
  for (const text of prose) {
    it(`html: keeps article prose "${text.slice(0, 40)}"`, () => assert.equal(rule(text), undefined));
  }
});
