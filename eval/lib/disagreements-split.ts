import { createHash } from "node:crypto";
import type { Cluster } from "./disagreements-data.js";

/** The two halves of the clusters: rules are studied on `dev`, `test` is only ever scored. */
export type Half = "dev" | "test";

/**
 * Which half a cluster belongs to, by a hash of its identity (its data set and the text of its
 * articles), not its position: the split stays the same whatever the order of the file or the sample.
 */
export function clusterHalf(c: Cluster): Half {
  const set = c.id.replace(/-\d+$/, "");
  const hash = createHash("sha1").update(set);
  for (const a of c.articles) hash.update("\u0000").update(a.body);
  return (hash.digest()[0]! & 1) === 0 ? "dev" : "test";
}

/** `--half dev|test`: keep that half; anything else (or nothing) keeps both. */
export function parseHalf(value: string | undefined): Half | undefined {
  if (value === undefined) return undefined;
  if (value === "dev" || value === "test") return value;
  throw new Error(`--half takes dev or test, not ${value}`);
}
