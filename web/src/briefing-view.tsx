import { useBriefing } from "./briefing-context.js";
import { CoverageSection } from "./sections/coverage.js";
import { DisagreementsSection } from "./sections/disagreements.js";
import { FramingSection } from "./sections/framing.js";
import { OpinionSection } from "./sections/opinion.js";
import { PeopleSection } from "./sections/people.js";
import { QuotesSection } from "./sections/quotes.js";
import { SourcesSection } from "./sections/sources.js";
import { SummarySection } from "./sections/summary.js";
import { TimelineSection } from "./sections/timeline.js";
import { UniqueSection } from "./sections/unique.js";

const CONTENTS: [string, string][] = [
  ["summary", "Summary"],
  ["differ", "Where they differ"],
  ["coverage", "Who reported what"],
  ["quotes", "Who said what"],
  ["people", "People"],
  ["timeline", "Timeline"],
  ["opinion", "Opinion"],
  ["unique", "One outlet only"],
  ["sources", "Sources"],
];

/** The whole briefing: summary first, then where the sources differ, coverage, quotes and the rest. */
export function BriefingView() {
  const { briefing } = useBriefing();
  const n = briefing.sources.length;
  return (
    <article class="briefing" aria-labelledby="briefing-h">
      <h1 id="briefing-h">
        Briefing of {n} {n === 1 ? "article" : "articles"}
      </h1>
      <p class="intro">
        Every numbered button cites a sentence: press it to read that sentence highlighted in its article.{" "}
        {briefing.rejected.length > 0 ? `${briefing.rejected.length} input(s) could not be used (see Sources).` : ""}
      </p>
      <nav class="contents" aria-label="Sections">
        <ul>
          {CONTENTS.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <SummarySection />
      <DisagreementsSection />
      <CoverageSection />
      <QuotesSection />
      <PeopleSection />
      <TimelineSection />
      <OpinionSection />
      <FramingSection />
      <UniqueSection />
      <SourcesSection />
    </article>
  );
}
