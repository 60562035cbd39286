import { extractArticle } from "../src/ingest/html/extract-article.js";
import { loadZytePages } from "./lib/extraction-data.js";
import { countShingles } from "./lib/extraction-metric.js";
const p = loadZytePages("/work/shared/data/extraction/zyte-article-extraction").find((p) => p.url.includes(process.argv[2]!))!;
const a = extractArticle(p.html, p.url);
const predSh = countShingles(a.text);
console.log("REMOVED", a.removed.map((r) => `${r.rule}: ${r.text.slice(0, 100)}`).join("\n"));
console.log("MISSING:");
for (const para of p.gold.split(/\n+/)) { const sh = countShingles(para); let h = 0, n = 0; for (const [k] of sh) { n++; if (predSh.has(k)) h++; } if (n && h / n < 0.5) console.log("  ", para.slice(0, 160)); }
