import { z } from "zod";

/** Largest piece of one pasted article the API takes, in characters (the body limit applies too). */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** One article as a client posts it: exactly one of `text`, `html` or `url`. */
export const PostedArticleSchema = z
  .object({
    text: z.string().max(MAX_ARTICLE_CHARS).optional().describe("The article as plain text (headline on the first line)."),
    html: z.string().max(MAX_ARTICLE_CHARS).optional().describe("The article's web page as HTML; the article is extracted from it."),
    url: z.string().max(2048).optional().describe("An http(s) address to fetch (refused when the server runs --offline)."),
    name: z.string().max(300).optional().describe("A file name or label for the source (used for its id)."),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(300).optional(),
    published: z.string().max(100).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const given = [a.text, a.html, a.url].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: "custom", message: "give exactly one of text, html or url" });
    if (a.url !== undefined && !/^https?:\/\/[^\s]+$/i.test(a.url)) {
      ctx.addIssue({ code: "custom", path: ["url"], message: "must be an http:// or https:// address" });
    }
  });
export type PostedArticle = z.infer<typeof PostedArticleSchema>;

/** Options a client may set per request; limits and network policy stay the server's. */
export const RequestOptionsSchema = z
  .object({ summarySentences: z.number().int().min(1).max(30).optional() })
  .strict();

export const BriefRequestSchema = z
  .object({
    articles: z.array(PostedArticleSchema).min(1, "give at least one article"),
    options: RequestOptionsSchema.optional(),
  })
  .strict();
export type BriefRequest = z.infer<typeof BriefRequestSchema>;

export const InspectRequestSchema = z.object({ article: PostedArticleSchema }).strict();
export type InspectRequest = z.infer<typeof InspectRequestSchema>;

export const ErrorBodySchema = z.object({
  error: z.string().describe("What went wrong, in words a person understands."),
  rejected: z.array(z.object({ path: z.string(), reason: z.string() })).optional(),
});

export const StorySummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  sources: z.number().int().nonnegative(),
  outlets: z.number().int().nonnegative().optional(),
  updated: z.string().optional(),
});

/** zod issues as one readable sentence: `articles[1].url: must be an http:// or https:// address`. */
export function describeIssues(error: z.ZodError, prefix = "request"): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.reduce<string>(
      (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      "",
    );
    const message =
      issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}` : issue.message;
    return `${where || prefix}: ${message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : "";
  return `${parts.join("; ")}${more}`;
}
