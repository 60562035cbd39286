import { z } from "zod";

/** A line or run of text that cleaning removed, with the rule that removed it. Offsets are into the raw body. */
export const DroppedSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string(),
  reason: z.string(),
});
export type Dropped = z.infer<typeof DroppedSchema>;

/** What ingest produces: one source before cleaning. */
export const RawArticleSchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string().optional(),
  body: z.string(),
  outlet: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  byline: z.string().optional(),
  lang: z.string().optional(),
  /** Other sources (paths/URLs) carrying a near-identical copy (syndication). */
  alsoCarriedBy: z.array(z.string()).optional(),
});
export type RawArticle = z.infer<typeof RawArticleSchema>;

/** A cleaned article: `text` is immutable from here on; every annotation is offsets into it. */
export const ArticleSchema = RawArticleSchema.omit({ body: true }).extend({
  title: z.string(),
  text: z.string(),
  dropped: z.array(DroppedSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** An input that could not be used, reported by name with the reason. */
export const RejectedSchema = z.object({ path: z.string(), reason: z.string() });
export type Rejected = z.infer<typeof RejectedSchema>;
