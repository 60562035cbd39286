import { z } from "zod";
import { CitationSchema } from "./span.js";

export const OpinionKindSchema = z.enum(["opinion", "analysis", "address", "first-person", "loaded", "speculation"]);

/** A passage that is the outlet arguing rather than reporting, or a loaded word in reporting. */
export const OpinionMarkSchema = z.object({
  source: z.string(),
  evidence: CitationSchema,
  kind: OpinionKindSchema,
  reason: z.string(),
  /** The loaded word or phrase, and a neutral alternative when one exists. */
  term: z.string().optional(),
  neutral: z.string().optional(),
});
export type OpinionMark = z.infer<typeof OpinionMarkSchema>;

/** What each outlet leads with: its headline and first paragraph. */
export const FramingSchema = z.object({
  source: z.string(),
  headline: z.string(),
  lead: CitationSchema,
  /** Key terms this outlet leads with that the others do not. */
  emphasis: z.array(z.string()),
});
export type Framing = z.infer<typeof FramingSchema>;
