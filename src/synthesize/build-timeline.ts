import type { Doc } from "../model/doc.js";
import type { Fact } from "../model/fact.js";
import type { TimelineEvent } from "../model/timeline.js";

/** Events of the story in order, each with its time as precise as the sources allow. */
export function buildTimeline(_docs: readonly Doc[], _facts: readonly Fact[]): TimelineEvent[] {
  return [];
}
