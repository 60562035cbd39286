import { useBriefing } from "../briefing-context.js";
import { CiteList } from "../cite-button.js";
import { Section } from "../section.js";

/** Facts only one outlet reported, per outlet, folded away (they are many). */
export function UniqueSection() {
  const ctx = useBriefing();
  const { briefing } = ctx;
  return (
    <Section id="unique" title="Reported by one outlet only" empty={briefing.unique.length === 0} emptyNote="None found: every fact was reported by more than one outlet.">
      {briefing.sources.map((s) => {
        const facts = briefing.unique.filter((f) => f.sources[0] === s.id);
        if (facts.length === 0) return null;
        return (
          <details key={s.id} class="unique-source">
            <summary>
              {ctx.labelOf(s.id)}: {facts.length} {facts.length === 1 ? "fact" : "facts"}
            </summary>
            <ul>
              {facts.map((f) => (
                <li key={f.id}>
                  {f.text} <CiteList cites={f.evidence} />
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </Section>
  );
}
