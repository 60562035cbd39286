import type { Briefing } from "../model/briefing.js";
import { makeHelpers } from "./render-helpers.js";
import { SECTIONS } from "./sections/index.js";

/** A heading for the story: the headline most like the summary's first sentence, else the first title. */
export function storyTitle(b: Briefing): string {
  return b.sources[0]?.title ?? "Briefing";
}

/**
 * The briefing as readable Markdown. Citations are `[n:start-end]`: source number n (see Sources) and
 * character offsets into its cleaned text.
 */
export function renderMarkdown(b: Briefing): string {
  const h = makeHelpers(b);
  const header = `# Parallax briefing: ${storyTitle(b)}\n\n_${b.sources.length} source${b.sources.length === 1 ? "" : "s"}; citations are [source number:start-end] offsets into each source's cleaned text._\n`;
  const body = SECTIONS.map((s) => s.markdown(b, h)).filter(Boolean);
  const warnings = b.warnings.length
    ? `## Warnings\n\n${b.warnings.map((w) => `- ${w.stage}/${w.rule}${w.source ? ` (${w.source})` : ""}: ${w.reason}`).join("\n")}\n`
    : "";
  return [header, ...body, warnings].filter(Boolean).join("\n");
}
