/**
 * A check of the near-duplicate thresholds on real news: within each Multi-News validation cluster
 * (several outlets on one story), which article pairs collapse, and which come close without collapsing.
 *
 *   node --import tsx eval/lib/extraction-neardup-scan.ts
 */
import { readFileSync } from "node:fs";
import { collapseNearDuplicates, compareShingles, shingleText } from "../../src/ingest/near-duplicates.js";
const rows = readFileSync(new URL("../../../shared/data/summarization/multi-news-val250/validation.sample250.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { row: number; documents: string[] });
let pairs = 0;
let collapsedN = 0;
const near: string[] = [];
for (const r of rows) {
  const arts = r.documents.map((d, i) => ({ id: `${r.row}-${i}`, path: `${r.row}-${i}`, body: d }));
  const { collapsed } = collapseNearDuplicates(arts);
  collapsedN += collapsed.length;
  for (let i = 0; i < arts.length; i++) for (let j = i + 1; j < arts.length; j++) {
    pairs++;
    const s = compareShingles(shingleText(arts[i]!.body), shingleText(arts[j]!.body));
    if (s.jaccard > 0.3 || s.containment > 0.5) near.push(`${r.row} ${i}-${j} J=${s.jaccard.toFixed(2)} C=${s.containment.toFixed(2)} | ${arts[i]!.body.slice(0, 60)} || ${arts[j]!.body.slice(0, 60)}`);
  }
}
console.log({ pairs, collapsedN });
for (const n of near) console.log(n);
