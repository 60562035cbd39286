import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Briefing, Citation, SourceInfo } from "./types.js";

/** What every section needs: the briefing, how to name a source, and how to open a citation. */
export interface BriefingContextValue {
  briefing: Briefing;
  /** 1-based number of a source, as shown on citation buttons. */
  numberOf(sourceId: string): number;
  sourceOf(sourceId: string): SourceInfo | undefined;
  /** Short name of a source: its outlet, else its title, else its id. */
  labelOf(sourceId: string): string;
  /** The cited text itself. */
  textOf(c: Citation): string;
  /** Open the source view at this citation; focus returns to `opener` when it closes. */
  openCitation(c: Citation, opener?: HTMLElement | null): void;
}

export const BriefingContext = createContext<BriefingContextValue | null>(null);

export function useBriefing(): BriefingContextValue {
  const value = useContext(BriefingContext);
  if (!value) throw new Error("useBriefing outside a briefing");
  return value;
}

/** Build the context for one briefing. */
export function makeBriefingContext(briefing: Briefing, open: BriefingContextValue["openCitation"]): BriefingContextValue {
  const index = new Map(briefing.sources.map((s, i) => [s.id, i] as const));
  const sourceOf = (id: string) => {
    const i = index.get(id);
    return i === undefined ? undefined : briefing.sources[i];
  };
  return {
    briefing,
    numberOf: (id) => (index.get(id) ?? -1) + 1,
    sourceOf,
    labelOf: (id) => {
      const s = sourceOf(id);
      const title = s?.title && s.title.length > 48 ? `${s.title.slice(0, 45)}…` : s?.title;
      return s?.outlet || title || id;
    },
    textOf: (c) => sourceOf(c.source)?.text.slice(c.start, c.end) ?? "",
    openCitation: open,
  };
}
