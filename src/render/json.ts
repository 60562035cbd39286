import type { Briefing } from "../model/briefing.js";

/** The briefing as JSON (the published contract: `schema/briefing.schema.json`). */
export function renderJson(b: Briefing): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}
