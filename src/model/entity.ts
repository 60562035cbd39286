import { z } from "zod";
import { CitationSchema } from "./span.js";

export const EntityTypeSchema = z.enum(["person", "organization", "place"]);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** One mention of a named thing inside one article (offsets into its cleaned text). */
export const EntityMentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The name as written, without title or possessive ("Ada Brennan"). */
  name: z.string(),
  type: EntityTypeSchema,
  /** A title or role written beside the name in this mention ("Foreign Minister"), if any. */
  title: z.string().optional(),
  /** Where the title is written (before the name, or in an apposition after it). */
  titleSpan: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).optional(),
  /** The fullest form of this name in the same article ("Brennan" -> "Ada Brennan"). */
  full: z.string().optional(),
});
export type EntityMention = z.infer<typeof EntityMentionSchema>;

export const EntityRoleSchema = z.object({
  title: z.string(),
  source: z.string(),
  evidence: CitationSchema,
});

/** One real-world referent across all sources. */
export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  /** Every surface form seen across sources ("Kovalsky", "Kovalskyy", "Ivan Kovalsky"). */
  forms: z.array(z.string()),
  sources: z.array(z.string()),
  mentions: z.array(CitationSchema),
  roles: z.array(EntityRoleSchema),
  /** True when sources give different titles for this entity. */
  rolesDiffer: z.boolean(),
});
export type Entity = z.infer<typeof EntitySchema>;
