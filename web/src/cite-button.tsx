import { useBriefing } from "./briefing-context.js";
import type { Citation } from "./types.js";

/** A numbered citation: a real button that opens the source with the cited sentence highlighted. */
export function CiteButton({ cite }: { cite: Citation }) {
  const ctx = useBriefing();
  const n = ctx.numberOf(cite.source);
  const label = ctx.labelOf(cite.source);
  return (
    <button
      type="button"
      class="cite"
      title={`${label}: show the sentence in the article`}
      aria-label={`Source ${n}, ${label}: show the cited sentence`}
      data-source={cite.source}
      data-start={cite.start}
      data-end={cite.end}
      onClick={(e) => ctx.openCitation(cite, e.currentTarget)}
    >
      {n}
    </button>
  );
}

/** Several citations in a row, one per distinct source and range. */
export function CiteList({ cites }: { cites: readonly Citation[] }) {
  const seen = new Set<string>();
  const unique = cites.filter((c) => {
    const key = `${c.source}:${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <span class="cites">
      {unique.map((c) => (
        <CiteButton key={`${c.source}:${c.start}:${c.end}`} cite={c} />
      ))}
    </span>
  );
}

/** The cited sentence quoted, with its citation. */
export function Evidence({ cite }: { cite: Citation }) {
  const ctx = useBriefing();
  return (
    <blockquote class="evidence">
      <span class="evidence-text">{ctx.textOf(cite)}</span> <CiteButton cite={cite} />
    </blockquote>
  );
}

/** A source named by its number (full name on hover and for screen readers), for lists of outlets. */
export function SourceTags({ ids }: { ids: readonly string[] }) {
  const ctx = useBriefing();
  return (
    <span class="source-tags">
      {[...new Set(ids)].map((id) => (
        <span key={id} class="src-num" title={ctx.labelOf(id)}>
          {ctx.numberOf(id)}
          <span class="visually-hidden"> ({ctx.labelOf(id)})</span>
        </span>
      ))}
    </span>
  );
}
