import type { Command } from "commander";
import cliProgress from "cli-progress";
import { loadInputs } from "../../ingest/load-inputs.js";
import { DEFAULT_DB, openStore } from "../../store/open-store.js";
import { type IngestEvent, type IngestSummary, ingestArticles } from "../../stream/ingest-articles.js";
import { type InputFlags, optionsFromFlags, UsageError } from "../cli-options.js";
import { reportRejected } from "../output.js";

/** How settling the batch reshaped stories: ", 2 merged, 3 moved, 1 split" (empty when it did not). */
function settled(s: IngestSummary): string {
  const changes = [s.merges && `${s.merges} merged`, s.moves && `${s.moves} moved`, s.splits && `${s.splits} split`];
  return changes.filter(Boolean).map((c) => `, ${c}`).join("");
}

/** The closing line: what was new, what was already there, what failed and why. */
export function formatIngestSummary(s: IngestSummary, stories: number): string {
  const parts = [
    `${s.stored} new (${s.newStories} new ${s.newStories === 1 ? "story" : "stories"}${settled(s)})`,
    `${s.duplicates} duplicate`,
    `${s.copies} syndicated ${s.copies === 1 ? "copy" : "copies"}`,
    `${s.failed.length} failed${s.failed.length ? `: ${s.failed.map((f) => `${f.path} (${f.reason})`).join("; ")}` : ""}`,
  ];
  return `parallax: ingest: ${parts.join(", ")}; ${stories} ${stories === 1 ? "story" : "stories"} in the store\n`;
}

function describeEvent(e: IngestEvent): string {
  switch (e.status) {
    case "stored":
      return `stored ${e.path} as ${e.id} in story ${e.storyId}${e.newStory ? " (new)" : ""}`;
    case "copy":
      return `stored ${e.path} as ${e.id}, a copy of ${e.copyOf}, in story ${e.storyId}`;
    case "duplicate":
      return `duplicate ${e.path}: already stored as ${e.id}`;
    case "failed":
      return `failed ${e.path}: ${e.reason}`;
  }
}

export function registerIngest(program: Command, setExit: (code: number) => void): void {
  program
    .command("ingest")
    .description("store articles in the story database and group them into stories")
    .argument("<inputs...>", "article files, folders, feeds or URLs")
    .option("--db <file-or-url>", `SQLite file or postgres:// URL (default ${DEFAULT_DB})`, DEFAULT_DB)
    .option("-v, --verbose", "one line per article on stderr, after it is committed")
    .option("--offline", "refuse http(s) URLs")
    .option("--limit <n>", "items read from each feed (default 50)")
    .option("--max-bytes <n>", "largest plain-text article accepted, in bytes (default 2 MB)")
    .option("--max-page-bytes <n>", "largest HTML page or feed accepted, in bytes (default 20 MB)")
    .option("--max-files <n>", "most inputs read")
    .action(async (inputs: string[], flags: InputFlags & { db: string; verbose?: boolean }) => {
      if (inputs.length === 0) throw new UsageError("give at least one article file, folder, feed or URL");
      const options = optionsFromFlags(flags);
      const { articles, rejected } = await loadInputs(inputs, options);
      reportRejected(rejected);
      const store = await openStore(flags.db);
      const bar =
        process.stderr.isTTY && !flags.verbose
          ? new cliProgress.SingleBar(
              { stream: process.stderr, format: "ingest [{bar}] {value}/{total} articles", hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
      bar?.start(articles.length, 0);
      try {
        const summary = await ingestArticles(articles, store, options, {
          onArticle: (e) => {
            bar?.increment();
            if (flags.verbose) process.stderr.write(`parallax: ${describeEvent(e)}\n`);
          },
        });
        bar?.stop();
        summary.failed.unshift(...rejected);
        const stories = (await store.listStories()).length;
        process.stderr.write(formatIngestSummary(summary, stories));
        if (summary.failed.length > 0) setExit(1);
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
