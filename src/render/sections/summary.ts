import type { BriefingSection } from "../section.js";

export const summarySection: BriefingSection = {
  id: "summary",
  title: "Summary",
  markdown: (b, h) =>
    b.summary.length === 0
      ? ""
      : `## Summary\n\n${b.summary.map((s) => `- ${s.text} ${h.mdCite(s.citations)}`).join("\n")}\n`,
  html: (b, h) =>
    b.summary.length === 0
      ? ""
      : `<section id="summary"><h2>Summary</h2><ol>${b.summary
          .map((s) => `<li>${h.esc(s.text)} <span class="cites">${h.htmlCite(s.citations)}</span></li>`)
          .join("")}</ol></section>`,
};
