import type { Command } from "commander";
import { DEFAULT_DB, openStore } from "../../store/open-store.js";
import type { Store, StorySummary } from "../../store/store.js";
import { UsageError } from "../cli-options.js";
import { writeOutput } from "../output.js";

/** A story as `stories --format json` prints it: the summary plus its articles' ids and paths/URLs. */
export interface StoryListing extends StorySummary {
  articleList: Array<{ id: string; path: string; url?: string; outlet?: string; copyOf?: string; storedAt: string }>;
}

/** Every live story with its articles, most recently updated first. */
export async function listStoryListings(store: Store): Promise<StoryListing[]> {
  const out: StoryListing[] = [];
  for (const s of await store.listStories()) {
    const articles = await store.storyArticleList(s.id);
    out.push({
      ...s,
      articleList: articles.map((a) => ({
        id: a.id,
        path: a.path,
        ...(a.url ? { url: a.url } : {}),
        ...(a.outlet ? { outlet: a.outlet } : {}),
        ...(a.copyOf ? { copyOf: a.copyOf } : {}),
        storedAt: a.storedAt,
      })),
    });
  }
  return out;
}

/** The story list as a plain table. */
export function formatStoryTable(stories: readonly StorySummary[]): string {
  if (stories.length === 0) return "no stories stored yet: run parallax ingest <files...>\n";
  const lines = ["id\tarticles\toutlets\tfirst update\tlast update\ttitle"];
  for (const s of stories) {
    lines.push([s.id, s.articles, s.outlets, s.firstUpdate.slice(0, 16), s.lastUpdate.slice(0, 16), s.title.slice(0, 100)].join("\t"));
  }
  return `${lines.join("\n")}\n`;
}

export function registerStories(program: Command, _setExit: (code: number) => void): void {
  program
    .command("stories")
    .description("list the stories in the story database")
    .option("--db <file-or-url>", `SQLite file or postgres:// URL (default ${DEFAULT_DB})`, DEFAULT_DB)
    .option("-f, --format <format>", "text or json", "text")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .action(async (flags: { db: string; format: string; out?: string }) => {
      if (flags.format !== "text" && flags.format !== "json") {
        throw new UsageError(`--format must be text or json, not "${flags.format}"`);
      }
      const store = await openStore(flags.db);
      try {
        const text =
          flags.format === "json"
            ? `${JSON.stringify(await listStoryListings(store), null, 2)}\n`
            : formatStoryTable(await store.listStories());
        await writeOutput(text, flags.out);
      } finally {
        await store.close();
      }
    });
}
