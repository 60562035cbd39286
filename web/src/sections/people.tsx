import { useBriefing } from "../briefing-context.js";
import { CiteButton } from "../cite-button.js";
import { Section } from "../section.js";
import type { Entity } from "../types.js";

function Person({ e }: { e: Entity }) {
  const ctx = useBriefing();
  const others = e.forms.filter((f) => f !== e.name);
  const titles = new Map<string, typeof e.roles>();
  for (const r of e.roles) titles.set(r.title, [...(titles.get(r.title) ?? []), r]);
  return (
    <li class="person" data-id={e.id}>
      <strong>{e.name}</strong>
      {e.rolesDiffer ? <span class="badge badge-precision">titles differ</span> : null}
      {titles.size > 0 ? (
        <ul class="roles">
          {[...titles.entries()].map(([title, roles]) => (
            <li key={title}>
              {title}{" "}
              {roles.map((r) => (
                <CiteButton key={`${r.source}:${r.evidence.start}`} cite={r.evidence} />
              ))}
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? <p class="forms">Also written: {others.join(", ")}</p> : null}
      <p class="mentioned">
        Mentioned by {e.sources.length} of {ctx.briefing.sources.length}
      </p>
    </li>
  );
}

/** People and their roles (titles as each outlet gives them), then organisations and places. */
export function PeopleSection() {
  const { briefing } = useBriefing();
  const bySources = (a: Entity, b: Entity) => b.sources.length - a.sources.length || a.name.localeCompare(b.name);
  const people = briefing.entities.filter((e) => e.type === "person").sort(bySources);
  const others = briefing.entities.filter((e) => e.type !== "person").sort(bySources);
  return (
    <Section id="people" title="People and roles" empty={briefing.entities.length === 0} emptyNote="None found: no named people, organisations or places.">
      {people.length > 0 ? (
        <ul class="people">
          {people.map((e) => (
            <Person key={e.id} e={e} />
          ))}
        </ul>
      ) : (
        <p class="none-found">No named people found.</p>
      )}
      {others.length > 0 ? (
        <>
          <h3>Organisations and places</h3>
          <ul class="chips">
            {others.map((e) => (
              <li key={e.id} class="chip" title={`${e.type}, mentioned by ${e.sources.length}`}>
                {e.name} <span class="chip-type">{e.type === "organization" ? "org" : e.type}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
