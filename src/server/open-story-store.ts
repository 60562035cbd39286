import type { StoryStore } from "./story-store.js";

/**
 * Open the story store behind `--db FILE`. `src/store` (the Store interface and its SQLite backend) is
 * not in this tree yet, so this explains that instead of failing later.
 */
export async function openStoryStore(file: string): Promise<StoryStore> {
  throw new Error(`cannot open "${file}": this build has no story store yet (src/store); run without --db`);
}
