import type { BriefingSection } from "../section.js";

export const sourcesSection: BriefingSection = {
  id: "sources",
  title: "Sources",
  markdown: (b) => {
    const lines = b.sources.map((s, i) => {
      const meta = [s.outlet, s.published, `${s.sentences} sentences`, s.dropped.length ? `${s.dropped.length} scraped lines dropped` : ""]
        .filter(Boolean)
        .join(", ");
      const also = s.alsoCarriedBy?.length ? ` Also carried by: ${s.alsoCarriedBy.join(", ")}.` : "";
      return `${i + 1}. **${s.title}** — \`${s.id}\` (${s.url ?? s.path}; ${meta}).${also}`;
    });
    const rejected = b.rejected.map((r) => `- not used: \`${r.path}\`: ${r.reason}`);
    return `## Sources\n\n${lines.join("\n")}\n${rejected.length ? `\n${rejected.join("\n")}\n` : ""}`;
  },
  html: (b, h) =>
    `<section id="sources-list"><h2>Sources</h2><ol>${b.sources
      .map(
        (s) =>
          `<li><a href="#source-${h.sourceNumber(s.id)}">${h.esc(s.title)}</a> <code>${h.esc(s.id)}</code> ${h.esc(
            [s.outlet, s.published, `${s.sentences} sentences`].filter(Boolean).join(", "),
          )}</li>`,
      )
      .join("")}</ol>${
      b.rejected.length
        ? `<h3>Not used</h3><ul>${b.rejected.map((r) => `<li><code>${h.esc(r.path)}</code>: ${h.esc(r.reason)}</li>`).join("")}</ul>`
        : ""
    }</section>`,
};
