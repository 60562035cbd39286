import type { Sentence } from "../../model/sentence.js";
import { paragraphBlocks } from "./paragraph-blocks.js";

/** A colon that ends a label ("Page 2: ", "Springfield: "). */
const LABEL_COLON = /[\p{L}\p{N}?!.)]:\s/gu;
/** A directory of link titles has at least this many "Title: tags" colons, and more than sentence ends. */
const MIN_COLONS = 6;

/**
 * Paragraphs that are a run of link titles rather than prose: a forum's or site's directory flattened
 * into one paragraph ("Should I move to the valley?: Springfield: apartments, rent - Springfield, Ohio
 * (OH) Page 2: ... Can the town survive another decade?: ..."). Its questions and "I" are the thread
 * starters', not the writer's. The sign: at least six "word: " colons, and more of them than sentence
 * ends (prose, even a transcript, ends more sentences than it opens labels). Returns the indices of
 * the sentences inside.
 */
export function findLinkDirectory(sentences: readonly Sentence[], text: string): Set<number> {
  const out = new Set<number>();
  for (const { sentences: group, body } of paragraphBlocks(sentences, text)) {
    const colons = (body.match(LABEL_COLON) ?? []).length;
    const ends = (body.match(/[.!?](?=\s|$)/g) ?? []).length;
    if (colons >= MIN_COLONS && colons > ends) for (const s of group) out.add(s.index);
  }
  return out;
}
