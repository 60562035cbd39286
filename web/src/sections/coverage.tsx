import { useState } from "preact/hooks";
import { useBriefing } from "../briefing-context.js";
import { Section } from "../section.js";
import type { Fact } from "../types.js";

/** Facts shown before "show all": enough to read on a phone. */
const FIRST_ROWS = 25;

/** A fact most outlets reported: a source without it "left it out". */
const isMajority = (f: Fact, sources: number) => f.sources.length >= 2 && f.sources.length * 2 > sources;

/**
 * The coverage matrix: facts reported by two or more outlets against every source. A reported cell
 * opens that outlet's sentence; an empty cell in a row most outlets reported is marked "left out".
 */
export function CoverageSection() {
  const ctx = useBriefing();
  const { briefing } = ctx;
  const [all, setAll] = useState(false);
  const n = briefing.sources.length;
  const shared = briefing.facts
    .filter((f) => f.sources.length >= 2)
    .sort((a, b) => b.sources.length - a.sources.length);
  const rows = all ? shared : shared.slice(0, FIRST_ROWS);
  const majority = shared.filter((f) => isMajority(f, n));
  const onlyHere = (id: string) => briefing.facts.filter((f) => f.sources.length === 1 && f.sources[0] === id).length;
  return (
    <Section
      id="coverage"
      title="Who reported what"
      empty={shared.length === 0 || n < 2}
      emptyNote="None found: no fact was reported by more than one of these articles."
      intro={`${shared.length} facts appear in two or more of the ${n} articles. ✓ opens that article's sentence; "left out" marks a fact most others reported.`}
    >
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus so the keyboard can scroll it */}
      <section class="matrix-wrap" tabIndex={0} aria-label="Coverage matrix, scrolls sideways">
        <table class="matrix">
          <caption class="visually-hidden">Facts (rows) against sources (columns)</caption>
          <thead>
            <tr>
              <th scope="col" class="fact-col">
                Fact
              </th>
              {briefing.sources.map((s, i) => (
                <th scope="col" key={s.id} title={s.title} data-source={s.id} class="src-col">
                  <span class="src-num">{i + 1}</span>
                  <span class="src-name">{ctx.labelOf(s.id)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.id} data-fact={f.id}>
                <th scope="row" class="fact-col">
                  {f.text}
                  <span class="support">
                    {" "}
                    ({f.sources.length} of {n})
                  </span>
                </th>
                {briefing.sources.map((s) => {
                  const cite = f.evidence.find((c) => c.source === s.id);
                  if (cite) {
                    return (
                      <td key={s.id} class="cell reported" data-source={s.id}>
                        <button
                          type="button"
                          class="cell-button"
                          aria-label={`${ctx.labelOf(s.id)} reported this: show its sentence`}
                          onClick={(e) => ctx.openCitation(cite, e.currentTarget)}
                        >
                          ✓
                        </button>
                      </td>
                    );
                  }
                  const left = isMajority(f, n);
                  return (
                    <td key={s.id} class={left ? "cell omitted" : "cell absent"} data-source={s.id}>
                      {left ? <span title="Most other articles reported this">left out</span> : <>
                          <span aria-hidden="true">·</span>
                          <span class="visually-hidden">not reported</span>
                        </>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" class="fact-col">
                Left out, of the {majority.length} facts most reported
              </th>
              {briefing.sources.map((s) => (
                <td key={s.id} class="left-out-count" data-source={s.id}>
                  {majority.filter((f) => !f.sources.includes(s.id)).length}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row" class="fact-col">
                Reported only here
              </th>
              {briefing.sources.map((s) => (
                <td key={s.id} data-source={s.id}>
                  {onlyHere(s.id)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </section>
      {shared.length > FIRST_ROWS ? (
        <button type="button" class="link-button" onClick={() => setAll(!all)}>
          {all ? `Show the first ${FIRST_ROWS} facts` : `Show all ${shared.length} shared facts`}
        </button>
      ) : null}
    </Section>
  );
}
