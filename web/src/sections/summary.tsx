import { useBriefing } from "../briefing-context.js";
import { CiteList } from "../cite-button.js";
import { Section } from "../section.js";

/** The summary first: each sentence with its citations, which open the source. */
export function SummarySection() {
  const { briefing } = useBriefing();
  return (
    <Section id="summary" title="Summary" empty={briefing.summary.length === 0} emptyNote="No summary: too few sentences were found in these articles.">
      <ol class="summary">
        {briefing.summary.map((s, i) => (
          <li key={`${s.fact}-${i}`} class="summary-sentence">
            <span class="summary-text">{s.text}</span> <CiteList cites={s.citations} />
          </li>
        ))}
      </ol>
    </Section>
  );
}
