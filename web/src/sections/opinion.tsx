import { useBriefing } from "../briefing-context.js";
import { CiteButton } from "../cite-button.js";
import { Section } from "../section.js";

const KIND: Record<string, string> = {
  opinion: "opinion",
  analysis: "analysis",
  address: "addresses the reader",
  "first-person": "first person",
  loaded: "loaded word",
  speculation: "speculation",
};

/** Opinion and loaded language, per outlet; each opens the passage marked in its source. */
export function OpinionSection() {
  const ctx = useBriefing();
  const { briefing } = ctx;
  const bySource = briefing.sources
    .map((s) => ({ s, marks: briefing.opinion.filter((o) => o.source === s.id) }))
    .filter((x) => x.marks.length > 0);
  return (
    <Section
      id="opinion"
      title="Opinion and loaded language"
      empty={briefing.opinion.length === 0}
      emptyNote="None found: no passage reads as the outlet's opinion and no loaded words were marked."
      intro="Marked in each source too: shaded passages are opinion or analysis, wavy-underlined words are loaded."
    >
      {bySource.map(({ s, marks }) => (
        <div key={s.id} class="opinion-source">
          <h3>{ctx.labelOf(s.id)}</h3>
          <ul class="opinion-marks">
            {marks.map((o, i) => (
              <li key={i} class={`op-item kind-${o.kind}`}>
                <span class="badge">{KIND[o.kind] ?? o.kind}</span>{" "}
                {o.term ? (
                  <>
                    “{o.term}”{o.neutral ? <span class="neutral"> (neutral: {o.neutral})</span> : null}
                  </>
                ) : (
                  <span class="op-text">{ctx.textOf(o.evidence).slice(0, 160)}</span>
                )}{" "}
                <span class="reason">— {o.reason}</span> <CiteButton cite={o.evidence} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Section>
  );
}
