import { useBriefing } from "../briefing-context.js";
import { CiteList } from "../cite-button.js";
import { Section } from "../section.js";

/** The timeline, in the order the briefing gives (earliest first), each event cited. */
export function TimelineSection() {
  const { briefing } = useBriefing();
  return (
    <Section id="timeline" title="Timeline" empty={briefing.timeline.length === 0} emptyNote="None found: no dated events in these articles.">
      <ol class="timeline">
        {briefing.timeline.map((t, i) => (
          <li key={i} class={`event precision-${t.time.precision}`}>
            <span class="when">{t.time.label}</span>
            <span class="what">
              {t.text} <CiteList cites={t.evidence} />
            </span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
