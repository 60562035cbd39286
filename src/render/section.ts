import type { Briefing } from "../model/briefing.js";
import type { Citation } from "../model/span.js";

/** Helpers every section gets, so citations look the same everywhere. */
export interface RenderHelpers {
  /** 1-based number of a source in the briefing's source list. */
  sourceNumber(id: string): number;
  /** A short label: the outlet name when known, else the source id. */
  sourceLabel(id: string): string;
  /** The exact text a citation points at. */
  citedText(c: Citation): string;
  /** Markdown citation markers: "[2:0-210][3:15-140]". */
  mdCite(cs: readonly Citation[]): string;
  /** HTML citation links to the highlighted sentence in the source view (already escaped). */
  htmlCite(cs: readonly Citation[]): string;
  /** Escape untrusted text for HTML. */
  esc(text: string): string;
}

/** One section of the briefing as Markdown and HTML. Returns "" when it has nothing to show. */
export interface BriefingSection {
  readonly id: string;
  readonly title: string;
  markdown(b: Briefing, h: RenderHelpers): string;
  html(b: Briefing, h: RenderHelpers): string;
}
