import type { Doc } from "../../model/doc.js";

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * Sources as a reader should see them in a sentence: their outlet names when every one is known
 * ("Reuters and the BBC"), else a count ("two sources"), never raw file ids.
 * @example nameSources(docs, ["a", "b"]) // "two sources" (no outlets known)
 */
export function nameSources(docs: readonly Doc[], ids: readonly string[], noun = "source"): string {
  const outletOf = outletsOf(docs);
  const outlets = ids.map((id) => outletOf.get(id));
  if (outlets.every((o): o is string => Boolean(o))) {
    return outlets.length <= 2 ? outlets.join(" and ") : `${outlets.slice(0, -1).join(", ")} and ${outlets.at(-1)}`;
  }
  const n = ids.length;
  return `${COUNT_WORDS[n] ?? String(n)} ${noun}${n === 1 ? "" : "s"}`;
}

/** Each source's outlet (that of the first doc with its id), read once per list of docs. */
const OUTLETS = new WeakMap<readonly Doc[], ReadonlyMap<string, string | undefined>>();

// A story's disagreement names hundreds of sources: looking each up in 2,000 docs was quadratic.
function outletsOf(docs: readonly Doc[]): ReadonlyMap<string, string | undefined> {
  let outlets = OUTLETS.get(docs);
  if (!outlets) {
    const byId = new Map<string, string | undefined>();
    for (const d of docs) if (!byId.has(d.article.id)) byId.set(d.article.id, d.article.outlet);
    OUTLETS.set(docs, (outlets = byId));
  }
  return outlets;
}

/** The verb form that agrees with `nameSources` ("gives" / "give"). */
export function agree(ids: readonly unknown[], singular: string, plural: string): string {
  return ids.length === 1 ? singular : plural;
}
