import type { ClusterOptions } from "../../src/stream/cluster-options.js";
import { StoryIndex } from "../../src/stream/story-index.js";
import type { ArticleFeatures } from "../../src/store/store.js";

/**
 * Replay the ingest's clustering decisions in memory from stored features (no NLP, no store), for
 * sweeping settings: the same steps as `ingestArticles` (copy lookup, assign, add, merge, then settle and split).
 */
export function replayClustering(
  entries: ReadonlyArray<{ id: string; features: ArticleFeatures }>,
  options: Partial<ClusterOptions>,
): Map<string, number> {
  const index = new StoryIndex(options);
  let next = 1;
  for (const { id, features } of entries) {
    const copyOf = index.findCopy(features);
    const storyId = copyOf ? (index.storyOf(copyOf) as number) : (index.assign(features).storyId ?? next++);
    index.add({ id, storyId, ...(copyOf ? { copyOf } : {}), features });
    let s = storyId;
    for (let i = 0; i < 3 && !copyOf; i++) {
      const m = index.findMerge(s);
      if (!m) break;
      index.merge(m.from, m.into);
      s = m.into;
    }
  }
  const batch = entries.map((e) => e.id);
  index.settle(batch);
  for (const story of new Set(batch.map((id) => index.storyOf(id) as number))) {
    const leaving = index.findSplit(story);
    if (leaving) index.splitOff(leaving, next++);
  }
  const out = new Map<string, number>();
  for (const { id } of entries) out.set(id, index.storyOf(id) as number);
  return out;
}
