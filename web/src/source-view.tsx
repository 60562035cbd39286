import { useEffect, useMemo, useRef } from "preact/hooks";
import { useBriefing } from "./briefing-context.js";
import { segmentText, type TextMark } from "./segment-text.js";
import type { Citation } from "./types.js";

/**
 * One source article, as the panel beside the briefing shows it: its cleaned text with the cited
 * sentence highlighted and scrolled into view, opinion passages shaded and loaded words underlined.
 * Article text only ever becomes text nodes.
 */
export function SourceView({ cite, onClose }: { cite: Citation; onClose: () => void }) {
  const ctx = useBriefing();
  const source = ctx.sourceOf(cite.source);
  const panel = useRef<HTMLElement>(null);

  const pieces = useMemo(() => {
    if (!source) return [];
    const marks: TextMark[] = [];
    if (cite.end > cite.start) marks.push({ start: cite.start, end: cite.end, kind: "cited" });
    for (const o of ctx.briefing.opinion) {
      if (o.source !== source.id) continue;
      const note = o.kind === "loaded" ? `loaded word: ${o.reason}${o.neutral ? `; neutral: ${o.neutral}` : ""}` : `${o.kind}: ${o.reason}`;
      marks.push({ start: o.evidence.start, end: o.evidence.end, kind: o.kind === "loaded" ? "loaded" : "opinion", note });
    }
    return segmentText(source.text, marks);
  }, [source, cite.start, cite.end, ctx.briefing.opinion]);

  useEffect(() => {
    const target = panel.current?.querySelector<HTMLElement>(".source-text mark.cited");
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    } else {
      panel.current?.querySelector<HTMLElement>(".source-body")?.scrollTo({ top: 0 });
      panel.current?.querySelector<HTMLElement>("h2")?.focus();
    }
  }, [cite.source, cite.start, cite.end]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  if (!source) return null;
  const n = ctx.numberOf(source.id);
  const opinionCount = ctx.briefing.opinion.filter((o) => o.source === source.id).length;
  return (
    <aside class="source-panel" ref={panel} aria-labelledby="source-panel-h" data-source={source.id}>
      <header class="source-head">
        <h2 id="source-panel-h" tabIndex={-1}>
          <span class="src-num">{n}</span> {source.title || source.id}
        </h2>
        <button type="button" class="close" onClick={onClose} aria-label="Close the source">
          Close
        </button>
      </header>
      <p class="source-meta">
        {[source.outlet, source.published, source.url].filter(Boolean).join(" · ") || source.path}
        {opinionCount > 0 ? ` · ${opinionCount} opinion or loaded-language marks` : ""}
      </p>
      {cite.end > cite.start || opinionCount > 0 ? (
        <p class="legend">
          <span class="swatch-cited">Highlighted</span>: the cited sentence. <span class="op">Shaded</span>: opinion or analysis.{" "}
          <span class="loaded">Underlined</span>: a loaded word.
        </p>
      ) : null}
      <div class="source-body">
        <p class="source-text">
          {pieces.map((p) => {
            const kinds = new Set(p.marks.map((m) => m.kind));
            const note = p.marks.map((m) => m.note).filter(Boolean).join("; ") || undefined;
            const cls = [kinds.has("opinion") ? "op" : "", kinds.has("loaded") ? "loaded" : ""].filter(Boolean).join(" ") || undefined;
            if (kinds.has("cited")) {
              return (
                <mark
                  key={p.start}
                  class={`cited${cls ? ` ${cls}` : ""}`}
                  title={note}
                  tabIndex={-1}
                >
                  {p.text}
                </mark>
              );
            }
            return cls ? (
              <span key={p.start} class={cls} title={note}>
                {p.text}
              </span>
            ) : (
              p.text
            );
          })}
        </p>
      </div>
    </aside>
  );
}
