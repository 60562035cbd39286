import { cleanArticle } from "../clean/clean-article.js";
import type { Options } from "../config/options.js";
import type { RawArticle, Rejected } from "../model/article.js";
import { analyzeArticle } from "../pipeline/analyze-article.js";
import type { Store } from "../store/store.js";
import type { ClusterOptions } from "./cluster-options.js";
import { extractFeatures } from "./extract-features.js";
import { hashContent } from "./hash-content.js";
import { StoryIndex } from "./story-index.js";

/** What happened to one input article. */
export type IngestEvent =
  | { status: "stored"; path: string; id: string; storyId: number; newStory: boolean }
  | { status: "copy"; path: string; id: string; storyId: number; copyOf: string }
  | { status: "duplicate"; path: string; id: string; storyId: number }
  | { status: "failed"; path: string; reason: string };

/** Counts for the summary line, and every failure by name with its reason. */
export interface IngestSummary {
  stored: number;
  newStories: number;
  copies: number;
  duplicates: number;
  merges: number;
  /** Articles moved to a story they fit better when the batch was settled. */
  moves: number;
  /** Stories split in two when the batch was settled. */
  splits: number;
  failed: Rejected[];
}

export interface IngestHooks {
  /** Called after each article, once its transaction has committed. */
  onArticle?(event: IngestEvent): void;
  /** Clustering settings (defaults otherwise). */
  cluster?: Partial<ClusterOptions>;
  /** An index already rebuilt from this store; loaded from the store when absent. */
  index?: StoryIndex;
}

/** Rebuild the clustering index from what the store holds. */
export async function loadStoryIndex(store: Store, cluster: Partial<ClusterOptions> = {}): Promise<StoryIndex> {
  const index = new StoryIndex(cluster);
  for (const entry of await store.loadIndex()) index.add(entry);
  return index;
}

/** Most merges followed after one article: a merge can make the merged story match a third one. */
const MAX_MERGES_PER_ARTICLE = 3;

/**
 * Store articles and place each in its story. Each article is committed in its own transaction, so
 * an interrupted run loses nothing already reported and a rerun skips what is stored (same cleaned
 * text, same hash). A near-identical text is stored as a copy linked to its original.
 * @example const summary = await ingestArticles(articles, await openStore("parallax.db"), normalizeOptions());
 */
export async function ingestArticles(
  raws: readonly RawArticle[],
  store: Store,
  options: Options,
  hooks: IngestHooks = {},
): Promise<IngestSummary> {
  const index = hooks.index ?? (await loadStoryIndex(store, hooks.cluster));
  const summary: IngestSummary = { stored: 0, newStories: 0, copies: 0, duplicates: 0, merges: 0, moves: 0, splits: 0, failed: [] };
  const emit = (e: IngestEvent) => hooks.onArticle?.(e);
  const stored: string[] = [];
  for (const raw of raws) {
    let event: IngestEvent;
    try {
      event = await ingestOne(raw, store, options, index, summary);
    } catch (err) {
      event = { status: "failed", path: raw.path, reason: (err as Error).message ?? String(err) };
    }
    if (event.status === "failed") summary.failed.push({ path: event.path, reason: event.reason });
    if (event.status === "stored") stored.push(event.id);
    emit(event);
  }
  // The batch's early articles chose among fewer stories than its late ones: settle them now.
  for (const step of index.settle(stored)) {
    if (step.kind === "move") {
      await store.moveArticle(step.id, step.to);
      summary.moves++;
    } else {
      await store.mergeStories(step.from, step.into);
      summary.merges++;
    }
  }
  // A story that settled into a mix of two events is split in two.
  for (const story of new Set(stored.map((id) => index.storyOf(id)).filter((s): s is number => s !== undefined))) {
    const leaving = index.findSplit(story);
    if (!leaving) continue;
    index.splitOff(leaving, await store.splitArticles(leaving));
    summary.splits++;
  }
  return summary;
}

async function ingestOne(
  raw: RawArticle,
  store: Store,
  options: Options,
  index: StoryIndex,
  summary: IngestSummary,
): Promise<IngestEvent> {
  const article = cleanArticle(raw);
  if (!article.text.trim()) return { status: "failed", path: raw.path, reason: "no article text left after cleaning" };
  const hash = hashContent(article.text);
  const known = await store.findByHash(hash);
  if (known) {
    summary.duplicates++;
    return { status: "duplicate", path: raw.path, id: known.id, storyId: known.storyId };
  }
  const features = extractFeatures(analyzeArticle(raw, options));
  const copyOf = index.findCopy(features);
  const assignment = copyOf ? { storyId: index.storyOf(copyOf) ?? null } : index.assign(features);
  const title = article.title || article.text.slice(0, 80);
  const res = await store.addArticle({
    id: raw.id,
    hash,
    raw,
    text: article.text,
    title,
    features,
    storyId: assignment.storyId,
    ...(copyOf ? { copyOf } : {}),
  });
  if (res.status === "duplicate") {
    summary.duplicates++;
    return { status: "duplicate", path: raw.path, id: res.id, storyId: res.storyId };
  }
  index.add({ id: res.id, storyId: res.storyId, ...(copyOf ? { copyOf } : {}), features });
  if (copyOf) {
    summary.copies++;
    return { status: "copy", path: raw.path, id: res.id, storyId: res.storyId, copyOf };
  }
  summary.stored++;
  const newStory = assignment.storyId === null;
  if (newStory) summary.newStories++;
  let storyId = res.storyId;
  for (let i = 0; i < MAX_MERGES_PER_ARTICLE; i++) {
    const m = index.findMerge(storyId);
    if (!m) break;
    await store.mergeStories(m.from, m.into);
    index.merge(m.from, m.into);
    summary.merges++;
    storyId = m.into;
  }
  return { status: "stored", path: raw.path, id: res.id, storyId, newStory };
}
