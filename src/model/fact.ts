import { z } from "zod";
import { CitationSchema } from "./span.js";

/** A group of sentences from different sources that report the same thing. */
export const FactSchema = z.object({
  id: z.string(),
  /** The representative wording (one evidence sentence, verbatim). */
  text: z.string(),
  sources: z.array(z.string()),
  evidence: z.array(CitationSchema),
  /** Share of all sources that report it (0..1). */
  support: z.number(),
  /** Mostly quotation rather than reporting. */
  quoted: z.boolean(),
  /** Inside a passage marked as the outlet's opinion. */
  opinion: z.boolean(),
});
export type Fact = z.infer<typeof FactSchema>;

export const SummarySentenceSchema = z.object({
  text: z.string(),
  fact: z.string(),
  citations: z.array(CitationSchema),
});
export type SummarySentence = z.infer<typeof SummarySentenceSchema>;
