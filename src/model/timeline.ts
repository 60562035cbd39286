import { z } from "zod";
import { CitationSchema } from "./span.js";

export const TimelineEventSchema = z.object({
  text: z.string(),
  /** As precise as the sources allow: ISO date when known, else a label ("before the summit"). */
  time: z.object({
    label: z.string(),
    iso: z.string().optional(),
    precision: z.enum(["year", "month", "day", "time", "relative", "unknown"]),
  }),
  sources: z.array(z.string()),
  evidence: z.array(CitationSchema),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
