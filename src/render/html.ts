import type { Briefing } from "../model/briefing.js";
import { escapeHtml } from "./escape-html.js";
import { storyTitle } from "./markdown.js";
import { makeHelpers } from "./render-helpers.js";
import { SECTIONS } from "./sections/index.js";
import { renderSourceText } from "./source-view.js";

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{border-bottom:1px solid #ddd;margin-top:2rem}
.cite{display:inline-block;min-width:1.2em;padding:0 .25em;margin-left:.15em;border-radius:.3em;background:#e8eefc;color:#1a3d8f;font-size:.8em;text-align:center;text-decoration:none}
.cite:focus,.cite:hover{outline:2px solid #1a3d8f}
.support{font-size:.8em;color:#555;margin-right:.3em}
.source{border:1px solid #ddd;border-radius:.5rem;padding:0 1rem;margin:1rem 0}
.sent:target{background:#ffe97a;outline:2px solid #c9a800}
.opinion{background:#f3e8ff}.loaded{text-decoration:underline wavy #b4005a}
.disagreement{border-left:4px solid #c0392b;padding-left:.75rem;margin:1rem 0}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .4rem}
@media (max-width:40rem){body{font-size:15px;padding:.5rem}}
`;

/**
 * The briefing as one self-contained HTML file: no scripts, no external resources. Citations link to
 * the cited sentence in the source view below, which highlights on `:target`. Article text is escaped.
 */
export function renderHtml(b: Briefing): string {
  const h = makeHelpers(b);
  const sections = SECTIONS.map((s) => s.html(b, h)).filter(Boolean).join("\n");
  const sources = b.sources
    .map(
      (s, i) =>
        `<article class="source" id="source-${i + 1}"><h3>[${i + 1}] ${escapeHtml(s.title)}</h3><p><code>${escapeHtml(s.id)}</code>${s.outlet ? ` — ${escapeHtml(s.outlet)}` : ""}</p>${renderSourceText(b, s)}</article>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(`Parallax: ${storyTitle(b)}`)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(storyTitle(b))}</h1>
<p>${b.sources.length} sources. Each numbered link cites a sentence; follow it to see the sentence highlighted in its source.</p>
${sections}
<section id="source-view"><h2>The sources</h2>${sources}</section>
</body></html>
`;
}
