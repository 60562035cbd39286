import { useBriefing } from "../briefing-context.js";
import { CiteButton, CiteList } from "../cite-button.js";
import { Section } from "../section.js";
import type { Quote } from "../types.js";

const normalize = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

/** A variant's wording with the words other outlets do not have marked. */
function MarkedWording({ text, added }: { text: string; added: readonly string[] }) {
  const set = new Set(added.map(normalize).filter(Boolean));
  if (set.size === 0) return <span>{text}</span>;
  return (
    <span>
      {text.split(/(\s+)/).map((part, i) =>
        set.has(normalize(part)) ? (
          <mark key={i} class="diff-added" title="Worded differently from the other outlets">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </span>
  );
}

function QuoteItem({ q }: { q: Quote }) {
  const ctx = useBriefing();
  const first = q.variants[0];
  return (
    <li class={q.differs ? "quote differs" : "quote"} data-id={q.id}>
      <p class="quote-text">
        “{q.text}” <CiteList cites={q.variants.map((v) => v.evidence)} />
      </p>
      {q.differs ? (
        <div class="variants">
          <p class="variants-note">The outlets quote this differently:</p>
          <ul>
            {q.variants.map((v, i) => {
              const diff = q.differences.find((d) => d.source === v.source);
              return (
                <li key={`${v.source}-${i}`} class="variant">
                  <span class="variant-source" title={ctx.labelOf(v.source)}>
                    {ctx.numberOf(v.source)}
                  </span>{" "}
                  “<MarkedWording text={v.text} added={diff?.added ?? []} />”{" "}
                  {diff && diff.removed.length > 0 ? (
                    <span class="removed">
                      {" "}
                      (without: <del>{diff.removed.join(" ")}</del>)
                    </span>
                  ) : null}
                  <CiteButton cite={v.evidence} />
                </li>
              );
            })}
          </ul>
        </div>
      ) : first && q.sources.length > 1 ? (
        <p class="quoted-by">Quoted alike by {q.sources.length} outlets.</p>
      ) : null}
    </li>
  );
}

/** "Who said what": quotes grouped by speaker, with each outlet's wording and the differences marked. */
export function QuotesSection() {
  const { briefing } = useBriefing();
  const shared = briefing.quotes.filter((q) => q.sources.length > 1 || q.differs);
  const single = briefing.quotes.filter((q) => !(q.sources.length > 1 || q.differs));
  const groups = new Map<string, Quote[]>();
  for (const q of shared) {
    const name = q.speaker?.name ?? "Speaker not named";
    groups.set(name, [...(groups.get(name) ?? []), q]);
  }
  return (
    <Section id="quotes" title="Who said what" empty={briefing.quotes.length === 0} emptyNote="None found: no direct quotes were found in these articles.">
      {groups.size > 0 ? (
        <p class="intro">Quotes carried by more than one outlet, by speaker; marked words are where one outlet's wording differs.</p>
      ) : null}
      {[...groups.entries()].map(([speaker, quotes]) => (
        <div key={speaker} class="speaker">
          <h3>{speaker}</h3>
          <ul class="quotes">
            {quotes.map((q) => (
              <QuoteItem key={q.id} q={q} />
            ))}
          </ul>
        </div>
      ))}
      {single.length > 0 ? (
        <details class="single-quotes">
          <summary>
            {single.length} {single.length === 1 ? "quote" : "quotes"} carried by one outlet only
          </summary>
          <ul class="quotes">
            {single.map((q) => (
              <li key={q.id} class="quote">
                <strong>{q.speaker?.name ?? "Speaker not named"}:</strong> “{q.text}” <CiteList cites={q.variants.map((v) => v.evidence)} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}
