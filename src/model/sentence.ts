import { z } from "zod";

export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Paragraph number (0-based) in the cleaned text. */
  paragraph: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof SentenceSchema>;
