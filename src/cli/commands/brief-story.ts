import type { Command } from "commander";
import type { Briefing } from "../../model/briefing.js";
import { DEFAULT_DB, openStore } from "../../store/open-store.js";
import { briefStory } from "../../stream/brief-story.js";
import { type InputFlags, optionsFromFlags, UsageError } from "../cli-options.js";

/** The flags `brief` takes for stored stories. */
export interface StoryFlags {
  story?: string;
  /** A date, or `true` when given without one: since the last briefing of the story. */
  since?: string | boolean;
  db?: string;
}

/** Add `--story`, `--since` and `--db` to the brief command. */
export function addStoryOptions(command: Command): Command {
  return command
    .option("--story <id>", "brief a stored story (see parallax stories) instead of files")
    .option("--since [date]", "with --story: only what appeared since DATE (default: since the last briefing)")
    .option("--db <file-or-url>", `with --story: SQLite file or postgres:// URL (default ${DEFAULT_DB})`);
}

/**
 * Brief a stored story when `--story` is given, and record the briefing time in the store.
 * Returns the briefing, or undefined when `--story` was not given (the caller briefs files).
 */
export async function briefStoryFromFlags(
  inputs: readonly string[],
  flags: StoryFlags & InputFlags,
  now: () => Date = () => new Date(),
): Promise<Briefing | undefined> {
  if (flags.story === undefined) {
    if (flags.since !== undefined || flags.db !== undefined) throw new UsageError("--since and --db go with --story ID");
    return undefined;
  }
  if (inputs.length > 0) throw new UsageError("give either --story ID or input files, not both");
  const id = Number(flags.story);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`--story takes a story id (a whole number), not "${flags.story}"`);
  let sinceDate: string | undefined;
  if (typeof flags.since === "string") {
    if (Number.isNaN(Date.parse(flags.since))) throw new UsageError(`--since takes a date like 2030-01-31 or 2030-01-31T08:00Z, not "${flags.since}"`);
    sinceDate = new Date(flags.since).toISOString();
  }
  const store = await openStore(flags.db ?? DEFAULT_DB);
  try {
    if (flags.since === true) {
      sinceDate = (await store.lastBriefing(id)) ?? undefined;
      if (sinceDate === undefined) process.stderr.write(`parallax: story ${id} was never briefed; showing everything\n`);
    }
    const startedAt = now().toISOString();
    const result = await briefStory(store, id, optionsFromFlags(flags), sinceDate ? { since: sinceDate } : {});
    if (!result) throw new UsageError(`no story ${id} in ${flags.db ?? DEFAULT_DB}; list them with parallax stories`);
    await store.recordBriefing(result.story.id, startedAt);
    return result.briefing;
  } finally {
    await store.close();
  }
}
