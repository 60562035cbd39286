import type { Briefing } from "../model/briefing.js";
import type { Citation } from "../model/span.js";
import { escapeHtml } from "./escape-html.js";
import type { RenderHelpers } from "./section.js";

/** Anchor id of a cited sentence in the HTML source view. */
export function anchorId(c: { source: string; start: number }, b: Briefing): string {
  const n = b.sources.findIndex((s) => s.id === c.source) + 1;
  return `s${n}-${c.start}`;
}

export function makeHelpers(b: Briefing): RenderHelpers {
  const index = new Map(b.sources.map((s, i) => [s.id, i]));
  const sourceNumber = (id: string) => (index.get(id) ?? -1) + 1;
  const citedText = (c: Citation) => b.sources[index.get(c.source) ?? -1]?.text.slice(c.start, c.end) ?? "";
  return {
    sourceNumber,
    sourceLabel: (id) => b.sources[index.get(id) ?? -1]?.outlet ?? id,
    citedText,
    mdCite: (cs) => cs.map((c) => `[${sourceNumber(c.source)}:${c.start}-${c.end}]`).join(""),
    htmlCite: (cs) =>
      cs
        .map(
          (c) =>
            `<a class="cite" href="#${anchorId(c, b)}" title="${escapeHtml(citedText(c))}">${sourceNumber(c.source)}</a>`,
        )
        .join(""),
    esc: escapeHtml,
  };
}
