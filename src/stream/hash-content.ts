import { createHash } from "node:crypto";

/**
 * The identity of an article: SHA-256 of its cleaned text, case and spacing folded, so the same
 * article read twice (or from a file and from its URL) is stored once.
 * @example hashContent("A  b.") === hashContent("a b.")
 */
export function hashContent(text: string): string {
  const folded = text.toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(folded).digest("hex");
}
