import { z } from "zod";

/**
 * Every option Parallax takes, parsed once at the boundary (CLI flags, HTTP bodies, files) into one
 * readonly, fully defaulted object that stages receive.
 */
export const OptionsSchema = z.object({
  /** Sentences in the summary (5-10 asked for; more allowed for long stories). */
  summarySentences: z.number().int().min(1).max(30).default(10),
  /** Minimum similarity for two sentences of different sources to report the same fact. */
  alignThreshold: z.number().min(0).max(1).default(0.28),
  /** A fact is consensus when at least this share of sources reports it (and at least 2 sources). */
  consensusShare: z.number().min(0).max(1).default(0.6),
  /**
   * Limits on inputs, reported by name when exceeded. 2 MB of text is ~300,000 words, far beyond any
   * article; analysis time grows with length (a 100 KB single-line article takes tens of seconds).
   */
  maxFileBytes: z.number().int().positive().default(2 * 1024 * 1024),
  /** Raw HTML pages and feeds carry markup and scripts: their limit is on bytes before extraction. */
  maxPageBytes: z.number().int().positive().default(20 * 1024 * 1024),
  maxFiles: z.number().int().positive().default(20000),
  /** Refuse http(s) URLs. */
  offline: z.boolean().default(false),
  /** Items read from each feed. */
  feedLimit: z.number().int().positive().default(50),
  /** Allow fetching private, loopback and link-local addresses. */
  allowPrivateNetwork: z.boolean().default(false),
  /** Reference date (ISO) for relative dates when an article has none. */
  referenceDate: z.string().optional(),
});
export type Options = Readonly<z.infer<typeof OptionsSchema>>;

/** Parse untrusted options (from flags, JSON bodies) into a complete Options object. */
export function normalizeOptions(input: unknown = {}): Options {
  return Object.freeze(OptionsSchema.parse(input ?? {}));
}
