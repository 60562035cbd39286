import type { Doc } from "../../model/doc.js";

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Sources as a reader should see them in a sentence: their outlet names when every one is known
 * ("Reuters and the BBC"), else a count ("two sources"), never raw file ids.
 * @example nameSources(docs, ["a", "b"]) // "two sources" (no outlets known)
 */
export function nameSources(docs: readonly Doc[], ids: readonly string[], noun = "source"): string {
  const outlets = ids.map((id) => docs.find((d) => d.article.id === id)?.article.outlet);
  if (outlets.every((o): o is string => Boolean(o))) {
    return outlets.length <= 2 ? outlets.join(" and ") : `${outlets.slice(0, -1).join(", ")} and ${outlets.at(-1)}`;
  }
  const n = ids.length;
  return `${COUNT_WORDS[n] ?? String(n)} ${noun}${n === 1 ? "" : "s"}`;
}

/** The verb form that agrees with `nameSources` ("gives" / "give"). */
export function agree(ids: readonly unknown[], singular: string, plural: string): string {
  return ids.length === 1 ? singular : plural;
}
