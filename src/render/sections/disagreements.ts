import type { Disagreement } from "../../model/disagreement.js";
import type { BriefingSection, RenderHelpers } from "../section.js";

const SEVERITY_LABEL: Record<Disagreement["severity"], string> = {
  conflict: "conflict",
  precision: "differs only in precision",
  spelling: "differs only in wording",
};

/** "Length of the meeting" from "length of the meeting". */
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function who(p: Disagreement["positions"][number], h: RenderHelpers): string {
  return p.sources.map((id) => `[${h.sourceNumber(id)}] ${h.sourceLabel(id)}`).join(", ");
}

/**
 * "Where the sources differ": every disagreement with each reading, who gives it and the cited
 * sentences; conflicts first (findDisagreements already orders them), then precision and wording.
 */
export const disagreementsSection: BriefingSection = {
  id: "disagreements",
  title: "Where the sources differ",
  markdown: (b, h) => {
    if (b.disagreements.length === 0) return "";
    const items = b.disagreements.map((d) => {
      const readings = d.positions.map((p) => `  - ${p.value} (${p.normalized}): ${who(p, h)} ${h.mdCite(p.evidence)}`);
      return `- **${capitalize(d.slot)}** (${d.kind}, ${SEVERITY_LABEL[d.severity]}): ${d.explanation}\n${readings.join("\n")}`;
    });
    return `## Where the sources differ\n\n${items.join("\n")}\n`;
  },
  html: (b, h) => {
    if (b.disagreements.length === 0) return "";
    const items = b.disagreements.map((d) => {
      const readings = d.positions
        .map((p) => `<li><strong>${h.esc(p.value)}</strong> (${h.esc(p.normalized)}): ${h.esc(who(p, h))} <span class="cites">${h.htmlCite(p.evidence)}</span></li>`)
        .join("");
      return `<li class="disagreement ${d.severity}"><strong>${h.esc(capitalize(d.slot))}</strong> <em>(${h.esc(d.kind)}, ${h.esc(SEVERITY_LABEL[d.severity])})</em>: ${h.esc(d.explanation)}<ul>${readings}</ul></li>`;
    });
    return `<section id="disagreements"><h2>Where the sources differ</h2><ul>${items.join("")}</ul></section>`;
  },
};
