import type { TimelineEvent } from "../../model/timeline.js";
import type { BriefingSection, RenderHelpers } from "../section.js";

/** "Friday (2025-08-15)", "in 2014", "before the summit (order inferred)". */
function when(e: TimelineEvent): string {
  const t = e.time;
  if (t.iso && t.iso !== t.label && !t.label.includes(t.iso)) return `${t.label} (${t.iso})`;
  return t.label;
}

function sources(e: TimelineEvent, h: RenderHelpers): string {
  return e.sources.map((s) => `[${h.sourceNumber(s)}]`).join("");
}

/** "Timeline": the story's events in order, with the time as precise as the sources allow. */
export const timelineSection: BriefingSection = {
  id: "timeline",
  title: "Timeline",
  markdown: (b, h) => {
    if (b.timeline.length === 0) return "";
    const rows = b.timeline.map((e) => `- **${when(e)}**: ${e.text} ${h.mdCite(e.evidence)}${e.sources.length > 1 ? ` (${e.sources.length} sources ${sources(e, h)})` : ""}`);
    return `## Timeline\n\n_Times as precise as the sources allow; weekdays are resolved against each article's publication date; "before"/"after" events sit beside the event they name._\n\n${rows.join("\n")}\n`;
  },
  html: (b, h) => {
    if (b.timeline.length === 0) return "";
    const rows = b.timeline
      .map((e) => `<li><time${e.time.iso ? ` datetime="${h.esc(e.time.iso)}"` : ""}><strong>${h.esc(when(e))}</strong></time>: ${h.esc(e.text)} <span class="cites">${h.htmlCite(e.evidence)}</span></li>`)
      .join("");
    return `<section id="timeline"><h2>Timeline</h2><ol class="timeline">${rows}</ol></section>`;
  },
};
