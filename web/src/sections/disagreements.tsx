import { useBriefing } from "../briefing-context.js";
import { Evidence, SourceTags } from "../cite-button.js";
import { Section } from "../section.js";
import type { Disagreement } from "../types.js";

const SEVERITY: Record<Disagreement["severity"], string> = {
  conflict: "cannot all be true",
  precision: "differ in precision",
  spelling: "spelled differently",
};

function DisagreementCard({ d }: { d: Disagreement }) {
  return (
    <details class={`card disagreement severity-${d.severity}`} data-id={d.id}>
      <summary>
        <span class="card-title">{d.slot || d.kind}</span>{" "}
        <span class={`badge badge-${d.severity}`}>{SEVERITY[d.severity] ?? d.severity}</span>
        <span class="card-values">
          {d.positions.map((p, i) => (
            <span key={i} class="value-chip">
              {p.value}
            </span>
          ))}
        </span>
      </summary>
      <p class="explanation">{d.explanation}</p>
      <ul class="positions">
        {d.positions.map((p, i) => (
          <li key={i} class="position">
            <p class="position-head">
              <strong class="position-value">{p.value}</strong>
              <span class="position-sources">
                {" — "}
                <SourceTags ids={p.sources} />
              </span>
            </p>
            {p.evidence.map((c) => (
              <Evidence key={`${c.source}:${c.start}`} cite={c} />
            ))}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** "Where the sources differ": one card per disagreement, each side's evidence inside. */
export function DisagreementsSection() {
  const { briefing } = useBriefing();
  const list = [...briefing.disagreements].sort((a, b) => (a.severity === "conflict" ? 0 : 1) - (b.severity === "conflict" ? 0 : 1));
  return (
    <Section
      id="differ"
      title="Where the sources differ"
      empty={list.length === 0}
      emptyNote="None found: no numbers, dates, titles or claims that the sources report differently."
      intro="Open a card to see each side's wording."
    >
      <div class="cards">
        {list.map((d) => (
          <DisagreementCard key={d.id} d={d} />
        ))}
      </div>
    </Section>
  );
}
