import { z } from "zod";
import { DroppedSchema, RejectedSchema } from "./article.js";
import { DisagreementSchema } from "./disagreement.js";
import { EntitySchema } from "./entity.js";
import { FactSchema, SummarySentenceSchema } from "./fact.js";
import { FramingSchema, OpinionMarkSchema } from "./opinion.js";
import { QuoteSchema } from "./quote.js";
import { WarningSchema } from "./span.js";
import { TimelineEventSchema } from "./timeline.js";

export const SourceInfoSchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  lang: z.string().optional(),
  alsoCarriedBy: z.array(z.string()).optional(),
  sentences: z.number().int().nonnegative(),
  /** The cleaned text every citation's offsets point into. */
  text: z.string(),
  chars: z.number().int().nonnegative(),
  dropped: z.array(DroppedSchema),
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

/** The triangulated briefing: the `--format json` contract. */
export const BriefingSchema = z.object({
  version: z.literal(1),
  sources: z.array(SourceInfoSchema),
  summary: z.array(SummarySentenceSchema),
  facts: z.array(FactSchema),
  consensus: z.array(FactSchema),
  unique: z.array(FactSchema),
  disagreements: z.array(DisagreementSchema),
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  opinion: z.array(OpinionMarkSchema),
  framing: z.array(FramingSchema),
  timeline: z.array(TimelineEventSchema),
  warnings: z.array(WarningSchema),
  rejected: z.array(RejectedSchema),
});
export type Briefing = z.infer<typeof BriefingSchema>;
