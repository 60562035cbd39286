import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collapseNearDuplicates, EVERY_PAIR_UP_TO, shingleText } from "../../src/ingest/near-duplicates.js";
import type { RawArticle } from "../../src/model/article.js";

const WIRE = [
  "Engineers in the port city of Velmar began work on Monday to replace the supports of the old harbor bridge, closed to lorries since last spring.",
  "The council approved the repairs after a two-year debate, setting aside 14 million for new steel and a resurfaced deck.",
  "Mayor Tomas Brandt said the bridge carried the city's trade and had waited long enough for its repairs.",
  "Opponents argued the money would be better spent on buses, which carry more commuters each day than the bridge does.",
  "Work is expected to take eighteen months, with one lane open in each direction at all times.",
].join("\n\n");

const article = (id: string, body: string, url?: string): RawArticle => ({ id, path: `${id}.html`, body, ...(url ? { url } : {}) });

describe("collapseNearDuplicates", () => {
  it("near-duplicates: syndicated copies with different trimmings collapse into one source", () => {
    const a = article("wire", WIRE, "https://wire.example/bridge");
    const b = article("paper", `By Staff Writers\n\n${WIRE}\n\nCopyright 2024 Example Papers.`, "https://paper.example/bridge");
    const c = article("trimmed", WIRE.split("\n\n").slice(0, 4).join("\n\n"), "https://local.example/bridge");
    const other = article("other", "The ferry will resume its full timetable on Monday after a winter of repairs to the landing stages at both ends of the crossing, the operator said, and season tickets will go on sale at the harbor office from Friday.");
    const { articles, collapsed } = collapseNearDuplicates([a, other, b, c]);
    assert.deepEqual(articles.map((x) => x.id), ["other", "paper"]);
    assert.deepEqual([...(articles[1]?.alsoCarriedBy ?? [])].sort(), ["https://local.example/bridge", "https://wire.example/bridge"]);
    assert.equal(collapsed.length, 2);
    assert.ok(collapsed.every((x) => x.kept === "paper" && (x.jaccard >= 0.6 || x.containment >= 0.8)));
  });

  it("near-duplicates: two reports of the same event in their own words stay separate", () => {
    const own = [
      "Repair crews arrived at the Velmar harbor bridge on Monday morning, months after heavy lorries were banned from it.",
      "Councillors had argued for two years over the cost before agreeing to spend 14 million on steel and a new road surface.",
      "The mayor, Tomas Brandt, told reporters the city's trade depended on the crossing.",
      "Critics on the council wanted the money for the bus network instead.",
    ].join("\n\n");
    const { articles, collapsed } = collapseNearDuplicates([article("wire", WIRE), article("own", own)]);
    assert.equal(articles.length, 2);
    assert.equal(collapsed.length, 0);
    assert.ok(articles.every((x) => !x.alsoCarriedBy));
  });

  it("near-duplicates: very short texts are never merged", () => {
    const { articles } = collapseNearDuplicates([article("a", "Bridge reopens."), article("b", "Bridge reopens.")]);
    assert.equal(articles.length, 2);
  });
  it("near-duplicates: in a small batch every pair is compared, so a copy a quarter as long as its original is found", () => {
    // Twenty distinct sentences; the short copy is the first five, word for word. Its Jaccard with the
    // original is ~0.2 (MinHash LSH would propose the pair about one time in ten), its containment 1.
    const sentences = Array.from({ length: 20 }, (_, i) =>
      `Sentence ${["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"][i]} of the long report names the ${i + 3} districts where the river rose above its banks overnight.`,
    );
    const original = article("original", sentences.join("\n\n"));
    const short = article("short", sentences.slice(0, 5).join("\n\n"));
    const { articles, collapsed } = collapseNearDuplicates([short, original]);
    assert.deepEqual(articles.map((x) => x.id), ["original"]);
    assert.equal(collapsed.length, 1);
    assert.ok((collapsed[0]?.jaccard ?? 1) < 0.4 && (collapsed[0]?.containment ?? 0) >= 0.8, JSON.stringify(collapsed[0]));
  });

  it("near-duplicates: a batch above the every-pair size still finds its copies (through MinHash LSH)", () => {
    const filler = Array.from({ length: EVERY_PAIR_UP_TO + 2 }, (_, i) =>
      article(`f${i}`, `Report ${i}: the market in district ${i} opened ${i + 2} new stalls this week, selling bread, fish and ${i % 2 ? "cloth" : "pottery"} to visitors from ${i + 10} villages along the coast road, organisers said on Sunday.`),
    );
    const a = article("wire", WIRE, "https://wire.example/bridge");
    const b = article("paper", `By Staff Writers\n\n${WIRE}`, "https://paper.example/bridge");
    const { articles, collapsed } = collapseNearDuplicates([...filler, a, b]);
    assert.equal(articles.length, filler.length + 1);
    assert.deepEqual(collapsed.map((x) => [x.kept, x.dropped]), [["paper", "wire"]]);
  });

  it("near-duplicates: shingles are read from words of letters and digits in any script, as a regular expression splits them", () => {
    // FNV-1a over each 5-word shingle's text, words joined by one space: the documented hash, built from strings.
    const reference = (text: string): Set<number> => {
      const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      const out = new Set<number>();
      for (let i = 0; i + 5 <= words.length; i++) {
        let h = 0x811c9dc5;
        for (const ch of words.slice(i, i + 5).join(" ")) for (let k = 0; k < ch.length; k++) h = Math.imul(h ^ ch.charCodeAt(k), 0x01000193);
        out.add(h | 0);
      }
      return out;
    };
    const texts = [
      WIRE,
      "Straße-Ümlaut, ÇAĞ İstanbul: ǅemal paid ½ of 10,000 ₺ (٣٤ dinars) — “quoted” words… and 𝐁𝐨𝐥𝐝 𝟘𝟙 letters 😀 then x\uD800y lone halves \uDC00 end.",
      "Ⅻ chapters, ﬁne ﬂour, naïve café owners in Zürich and São Paulo said 3.5% on Tuesday's vote, a_b c-d e'f g.h",
    ];
    for (const text of texts) assert.deepEqual([...shingleText(text)].sort(), [...reference(text)].sort(), text.slice(0, 40));
  });
});
