import { useBriefing } from "../briefing-context.js";
import { CiteButton } from "../cite-button.js";
import { Section } from "../section.js";

/** What each outlet leads with: its headline, its first paragraph, the terms only it leads with. */
export function FramingSection() {
  const ctx = useBriefing();
  const { briefing } = ctx;
  if (briefing.framing.length === 0) return null;
  return (
    <Section id="framing" title="How each outlet leads">
      <ul class="framing">
        {briefing.framing.map((f) => (
          <li key={f.source}>
            <strong>{ctx.labelOf(f.source)}:</strong> <span class="headline">{f.headline}</span> <CiteButton cite={f.lead} />
            {f.emphasis.length > 0 ? <p class="emphasis">Leads with: {f.emphasis.join(", ")}</p> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
