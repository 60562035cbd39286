import type { Fact } from "../../model/fact.js";
import type { BriefingSection } from "../section.js";

/** Per source, at most this many facts in text output (those with most names and numbers first). */
const PER_SOURCE = 5;

function informativeness(f: Fact): number {
  const names = (f.text.match(/\b[A-Z][a-z]+/g) ?? []).length;
  const numbers = (f.text.match(/\d/g) ?? []).length > 0 ? 2 : 0;
  return names + numbers - (f.quoted ? 2 : 0);
}

function bySource(facts: readonly Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const f of facts) {
    const id = f.sources[0] ?? "";
    out.set(id, [...(out.get(id) ?? []), f]);
  }
  for (const [id, list] of out) out.set(id, [...list].sort((a, b) => informativeness(b) - informativeness(a)).slice(0, PER_SOURCE));
  return out;
}

export const uniqueSection: BriefingSection = {
  id: "unique",
  title: "What only one outlet reports",
  markdown: (b, h) => {
    if (b.unique.length === 0) return "";
    const parts = [...bySource(b.unique)].map(
      ([id, facts]) => `### [${h.sourceNumber(id)}] ${h.sourceLabel(id)}\n\n${facts.map((f) => `- ${f.text} ${h.mdCite(f.evidence)}`).join("\n")}`,
    );
    return `## What only one outlet reports\n\n${parts.join("\n\n")}\n`;
  },
  html: (b, h) => {
    if (b.unique.length === 0) return "";
    const parts = [...bySource(b.unique)].map(
      ([id, facts]) =>
        `<h3>[${h.sourceNumber(id)}] ${h.esc(h.sourceLabel(id))}</h3><ul>${facts
          .map((f) => `<li>${h.esc(f.text)} <span class="cites">${h.htmlCite(f.evidence)}</span></li>`)
          .join("")}</ul>`,
    );
    return `<section id="unique"><h2>What only one outlet reports</h2>${parts.join("")}</section>`;
  },
};
