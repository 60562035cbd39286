import { z } from "zod";
import { CitationSchema } from "./span.js";

export const DisagreementKindSchema = z.enum([
  "number", "date", "duration", "money", "count", "percent", "distance", "title", "polarity", "internal",
]);

export const DisagreementSchema = z.object({
  id: z.string(),
  kind: DisagreementKindSchema,
  /** What the values measure, in a few words ("length of the meeting"). */
  slot: z.string(),
  positions: z.array(
    z.object({
      value: z.string(),
      normalized: z.string(),
      sources: z.array(z.string()),
      evidence: z.array(CitationSchema),
    }),
  ),
  /** "conflict": the readings cannot all be true; "precision": they overlap but differ in precision; "spelling". */
  severity: z.enum(["conflict", "precision", "spelling"]),
  explanation: z.string(),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;
