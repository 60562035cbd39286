import type { Briefing } from "../../model/briefing.js";
import type { OpinionMark } from "../../model/opinion.js";
import type { BriefingSection, RenderHelpers } from "../section.js";

/** Opinion sentences quoted per outlet in text output. */
const PER_SOURCE = 3;
const SENTENCE_KINDS = new Set(["opinion", "analysis", "address", "first-person", "speculation"]);

interface OutletView {
  id: string;
  headline: string;
  lead: { source: string; start: number; end: number };
  emphasis: string[];
  opinion: OpinionMark[];
  loaded: OpinionMark[];
}

/** One row per source, in source order: its framing plus its opinion and loaded-word marks. */
function outlets(b: Briefing): OutletView[] {
  return b.framing.map((f) => ({
    id: f.source,
    headline: f.headline,
    lead: f.lead,
    emphasis: f.emphasis,
    opinion: b.opinion.filter((o) => o.source === f.source && SENTENCE_KINDS.has(o.kind)),
    loaded: b.opinion.filter((o) => o.source === f.source && o.kind === "loaded"),
  }));
}

function loadedList(marks: readonly OpinionMark[]): string[] {
  const seen = new Map<string, OpinionMark>();
  for (const m of marks) if (m.term && !seen.has(m.term.toLowerCase())) seen.set(m.term.toLowerCase(), m);
  return [...seen.values()].map((m) => `"${m.term}"${m.neutral ? ` (neutral: ${m.neutral})` : ""}`);
}

function markdownOutlet(o: OutletView, h: RenderHelpers): string {
  const lines = [`### [${h.sourceNumber(o.id)}] ${h.sourceLabel(o.id)}: ${o.headline || "(no headline)"}`, ""];
  if (o.lead.end > o.lead.start) lines.push(`- Leads with: "${h.citedText(o.lead)}" ${h.mdCite([o.lead])}`);
  if (o.emphasis.length) lines.push(`- Only this outlet leads with: ${o.emphasis.join(", ")}`);
  if (o.opinion.length) {
    lines.push(`- The outlet's own opinion or analysis (${o.opinion.length} sentence${o.opinion.length === 1 ? "" : "s"}, not used as fact):`);
    for (const m of o.opinion.slice(0, PER_SOURCE)) lines.push(`  - _${m.kind}_: "${h.citedText(m.evidence)}" ${h.mdCite([m.evidence])} (${m.reason})`);
  }
  const loaded = loadedList(o.loaded);
  if (loaded.length) lines.push(`- Loaded words in its reporting: ${loaded.join(", ")}`);
  return lines.join("\n");
}

function htmlOutlet(o: OutletView, h: RenderHelpers): string {
  const items: string[] = [];
  if (o.lead.end > o.lead.start) items.push(`<li>Leads with: “${h.esc(h.citedText(o.lead))}” <span class="cites">${h.htmlCite([o.lead])}</span></li>`);
  if (o.emphasis.length) items.push(`<li>Only this outlet leads with: ${h.esc(o.emphasis.join(", "))}</li>`);
  if (o.opinion.length) {
    const sub = o.opinion
      .slice(0, PER_SOURCE)
      .map((m) => `<li><em>${h.esc(m.kind)}</em>: <span class="opinion">“${h.esc(h.citedText(m.evidence))}”</span> <span class="cites">${h.htmlCite([m.evidence])}</span> (${h.esc(m.reason)})</li>`)
      .join("");
    items.push(`<li>The outlet's own opinion or analysis (${o.opinion.length}, not used as fact):<ul>${sub}</ul></li>`);
  }
  const loaded = loadedList(o.loaded);
  if (loaded.length) items.push(`<li>Loaded words in its reporting: <span class="loaded-list">${h.esc(loaded.join(", "))}</span></li>`);
  return `<h3>[${h.sourceNumber(o.id)}] ${h.esc(h.sourceLabel(o.id))}: ${h.esc(o.headline || "(no headline)")}</h3><ul>${items.join("")}</ul>`;
}

/** "How each outlet tells it": headline, lead, what only it leads with, its opinion and loaded words. */
export const outletFramingSection: BriefingSection = {
  id: "framing",
  title: "How each outlet tells it",
  markdown: (b, h) => {
    if (b.framing.length === 0) return "";
    return `## How each outlet tells it\n\n${outlets(b).map((o) => markdownOutlet(o, h)).join("\n\n")}\n`;
  },
  html: (b, h) => {
    if (b.framing.length === 0) return "";
    return `<section id="framing"><h2>How each outlet tells it</h2>${outlets(b).map((o) => htmlOutlet(o, h)).join("")}</section>`;
  },
};
