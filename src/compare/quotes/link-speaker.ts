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

/**
 * `linkSpeaker` for many quotes: the entities' mentions indexed by source once (sorted by start,
 * binary-searched), and their forms by source, instead of scanning every entity for every quote.
 */
export function makeSpeakerLinker(entities: readonly Entity[]): (source: string, q: QuoteMention) => Entity | undefined {
  const mentions = new Map<string, Array<{ start: number; end: number; entity: Entity }>>();
  const forms = new Map<string, Entity>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!mentions.has(m.source)) mentions.set(m.source, []);
      mentions.get(m.source)?.push({ start: m.start, end: m.end, entity: e });
    }
    for (const src of e.sources) for (const f of e.forms) if (!forms.has(`${src}\u0000${f}`)) forms.set(`${src}\u0000${f}`, e);
  }
  for (const list of mentions.values()) list.sort((a, b) => a.start - b.start);
  return (source, q) => {
    if (q.speaker === null) return undefined;
    const at = q.nameSpan;
    const list = mentions.get(source);
    if (at && list) {
      // First mention starting before the name's end, scanning back while mentions may still overlap.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid]?.start ?? 0) < at.end) lo = mid + 1;
        else hi = mid;
      }
      const hits: Entity[] = [];
      for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) {
        const m = list[i];
        if (m && m.start < at.end && at.start < m.end) hits.push(m.entity);
      }
      // The same answer as a scan in entity order: the earliest entity among those that overlap.
      if (hits.length > 0) return entities.find((e) => hits.includes(e));
    }
    return forms.get(`${source}\u0000${q.speaker}`);
  };
}
