import { z } from "zod";

/** A half-open character range `[start, end)` in JavaScript string indices over an article's cleaned text. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/**
 * A pointer to the exact text behind a statement: source id plus offsets into that source's cleaned text.
 * @example { source: "000_a31687a6fbba120a", start: 120, end: 245 }
 */
export const CitationSchema = z.object({
  source: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** Warnings are data: shown in the output, never printed to the console by a stage. */
export const WarningSchema = z.object({
  stage: z.string(),
  rule: z.string(),
  source: z.string().optional(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  reason: z.string(),
});
export type Warning = z.infer<typeof WarningSchema>;
