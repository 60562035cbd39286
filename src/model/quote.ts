import { z } from "zod";
import { CitationSchema } from "./span.js";

/** A direct quote found in one article. `start`/`end` cover the quoted words without the marks. */
export const QuoteMentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Speaker as resolved in this article: its name, or null when it cannot be determined. */
  speaker: z.string().nullable(),
  /** Where the speaker was found (name, pronoun or role), when found. */
  speakerSpan: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  /** Where the resolved name is written: the name itself, or the antecedent of a pronoun or role. */
  nameSpan: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  /** True for a quote inside a quote (its speaker is the inner one). */
  nested: z.boolean().optional(),
  /** How the speaker was found: "said-X", "X-said", "according-to", "pronoun", "role", "colon"... */
  rule: z.string(),
  /** Indices of the first and last sentence the quote sits in. */
  sentenceStart: z.number().int().nonnegative(),
  sentenceEnd: z.number().int().nonnegative(),
});
export type QuoteMention = z.infer<typeof QuoteMentionSchema>;

export const QuoteVariantSchema = z.object({
  source: z.string(),
  text: z.string(),
  evidence: CitationSchema,
});

/** One statement as quoted by one or more outlets, with each outlet's wording. */
export const QuoteSchema = z.object({
  id: z.string(),
  speaker: z.object({ entity: z.string().nullable(), name: z.string() }).nullable(),
  text: z.string(),
  sources: z.array(z.string()),
  variants: z.array(QuoteVariantSchema),
  /** Word-level differences between variants, e.g. "didn't get there" vs "haven't quite gotten there". */
  differences: z.array(z.object({ source: z.string(), removed: z.array(z.string()), added: z.array(z.string()) })),
  /** True when outlets' wordings differ beyond punctuation and case. */
  differs: z.boolean(),
});
export type Quote = z.infer<typeof QuoteSchema>;
