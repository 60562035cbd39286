import { z } from "zod";

export const ValueKindSchema = z.enum([
  "number", "count", "duration", "distance", "money", "percent", "fraction", "date", "time", "ordinal", "title",
]);
export type ValueKind = z.infer<typeof ValueKindSchema>;

/** A typed value in one article with what it measures (its slot). */
export const ValueMentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  kind: ValueKindSchema,
  /** Canonical unit ("hour", "km", "USD", "%", "date"). */
  unit: z.string().optional(),
  /** Normalized range: a point value has low == high. Dates are epoch days. */
  low: z.number(),
  high: z.number(),
  /** "about", "nearly", "more than", "at least" ... or "exact". */
  approx: z.string(),
  /** For dates and times: how much the text pins down ("weekday" when a weekday could not be resolved). */
  precision: z.enum(["year", "month", "day", "weekday", "time"]).optional(),
  /** The thing measured and its predicate, e.g. { subject: "meeting", predicate: "last" }. */
  slot: z.object({ subject: z.string(), predicate: z.string() }).optional(),
  /** Offsets of the sentence that holds it. */
  sentenceStart: z.number().int().nonnegative(),
  sentenceEnd: z.number().int().nonnegative(),
});
export type ValueMention = z.infer<typeof ValueMentionSchema>;
