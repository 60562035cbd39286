import type { Sentence } from "../../model/sentence.js";
import { paragraphBlocks } from "./paragraph-blocks.js";

/** "1-800-555-0199", "(555) 123-4567", "+44 20 7946 0958". */
const PHONE = /(?<![\p{L}\p{N}])(?:\+?\d{1,3}[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?!\d)|\+\d{1,3}(?:[ .]\d{2,4}){3,4}(?!\d)/u;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** The block asks the reader to get in touch or buy: "Get in touch", "call us", "book now", "free quote". */
const CALL = /\b(?:get in touch|call (?:us|me|now|today|toll-free)|contact (?:us|me)|e-?mail (?:us|me)|via e-?mail|reach (?:us|me)|book (?:now|today|your)|toll-free|(?:free|no obligation) quote|for (?:a|your) quote|order (?:now|today))\b/i;

/**
 * Paragraphs that are an advertiser's block: contact details (a phone number or an e-mail address)
 * with a call to get in touch or buy ("As a licensed travel planner, my goal is to help you ... Get
 * in touch toll-free at 1-800-555-0199 or by e-mail at ..."). Their "I" and "you" are the seller's
 * pitch, not the writer's view. Returns the indices of the sentences inside.
 */
export function findContactBlocks(sentences: readonly Sentence[], text: string): Set<number> {
  const out = new Set<number>();
  for (const { sentences: group, body } of paragraphBlocks(sentences, text)) {
    // The call to act first: most paragraphs have none, and the address patterns scan every word.
    if (CALL.test(body) && (PHONE.test(body) || (body.includes("@") && EMAIL.test(body)))) for (const s of group) out.add(s.index);
  }
  return out;
}
