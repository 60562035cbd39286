import type { Options } from "../config/options.js";
import type { Briefing } from "../model/briefing.js";

/** A stored story as the story list shows it. */
export interface StorySummary {
  id: string;
  title: string;
  /** Number of articles (sources) in the story. */
  sources: number;
  /** Number of distinct outlets, when known. */
  outlets?: number;
  /** When the story last changed, ISO 8601, when known. */
  updated?: string;
}

/**
 * What the server needs from a store of stories: list them, brief one. Adapted from `src/store`'s
 * `Store` by `storyStoreFrom`, so the HTTP layer does not depend on a backend.
 */
export interface StoryStore {
  listStories(): Promise<StorySummary[]>;
  /** The briefing of one stored story, or undefined when there is no story with that id. */
  briefStory(id: string, options: Options): Promise<Briefing | undefined>;
  close?(): Promise<void>;
}
