import { useBriefing } from "../briefing-context.js";
import { Section } from "../section.js";

/** The sources, each openable in full; then what was refused and the warnings. */
export function SourcesSection() {
  const ctx = useBriefing();
  const { briefing } = ctx;
  return (
    <Section id="sources" title="The sources">
      <ol class="sources">
        {briefing.sources.map((s) => (
          <li key={s.id} data-source={s.id}>
            <button type="button" class="link-button source-open" onClick={(e) => ctx.openCitation({ source: s.id, start: 0, end: 0 }, e.currentTarget)}>
              {s.title || s.id}
            </button>
            <span class="source-meta">
              {[s.outlet, s.published, `${s.sentences} sentences`].filter(Boolean).join(" · ")}
              {s.alsoCarriedBy?.length ? ` · also carried by ${s.alsoCarriedBy.length}` : ""}
            </span>
          </li>
        ))}
      </ol>
      {briefing.rejected.length > 0 ? (
        <>
          <h3>Not used</h3>
          <ul class="rejected">
            {briefing.rejected.map((r, i) => (
              <li key={i}>
                <code>{r.path}</code>: {r.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {briefing.warnings.length > 0 ? (
        <details class="warnings">
          <summary>{briefing.warnings.length} notes from the analysis</summary>
          <ul>
            {briefing.warnings.map((w, i) => (
              <li key={i}>
                {w.source ? `${ctx.labelOf(w.source)}: ` : ""}
                {w.reason} <span class="rule">({w.stage}/{w.rule})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}
