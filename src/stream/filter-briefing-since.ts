import type { Briefing } from "../model/briefing.js";
import type { Citation } from "../model/span.js";

const cites = (evidence: readonly Citation[], fresh: ReadonlySet<string>) => evidence.some((c) => fresh.has(c.source));

/**
 * Keep only what appeared since a date: facts, quotes, disagreements and timeline events whose
 * evidence includes one of the `fresh` sources (articles stored after the date). Sources, entities
 * and framing stay whole, so every remaining citation still resolves.
 * @example filterBriefingSince(briefing, new Set(["a7"]), "2030-01-02T00:00:00Z")
 */
export function filterBriefingSince(briefing: Briefing, fresh: ReadonlySet<string>, since: string): Briefing {
  const facts = briefing.facts.filter((f) => cites(f.evidence, fresh));
  const factIds = new Set(facts.map((f) => f.id));
  return {
    ...briefing,
    summary: briefing.summary.filter((s) => factIds.has(s.fact)),
    facts,
    consensus: briefing.consensus.filter((f) => factIds.has(f.id)),
    unique: briefing.unique.filter((f) => factIds.has(f.id)),
    disagreements: briefing.disagreements.filter((d) => d.positions.some((p) => cites(p.evidence, fresh))),
    quotes: briefing.quotes.filter((q) => q.variants.some((v) => fresh.has(v.source))),
    timeline: briefing.timeline.filter((t) => cites(t.evidence, fresh)),
    warnings: [
      ...briefing.warnings,
      {
        stage: "stream",
        rule: "since",
        reason: `showing only what appeared since ${since}: ${fresh.size} of ${briefing.sources.length} sources are newer`,
      },
    ],
  };
}
