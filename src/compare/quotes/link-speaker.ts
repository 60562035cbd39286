import type { Entity } from "../../model/entity.js";
import type { QuoteMention } from "../../model/quote.js";

/**
 * The entity a quote's speaker is: the one with a mention where the speaker's name (or the antecedent
 * of its pronoun) is written in that source, else the one whose forms include the name in that source.
 */
export function linkSpeaker(source: string, q: QuoteMention, entities: readonly Entity[]): Entity | undefined {
  if (q.speaker === null) return undefined;
  // Only where a name was resolved: "the US leader" as a description is not the entity "US".
  const at = q.nameSpan;
  if (at) {
    const hit = entities.find((e) => e.mentions.some((m) => m.source === source && m.start < at.end && at.start < m.end));
    if (hit) return hit;
  }
  return entities.find((e) => e.sources.includes(source) && e.forms.includes(q.speaker as string));
}
