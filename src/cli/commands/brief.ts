import type { Command } from "commander";
import { briefFiles } from "../../index.js";
import { renderHtml } from "../../render/html.js";
import { renderJson } from "../../render/json.js";
import { renderMarkdown } from "../../render/markdown.js";
import { type InputFlags, optionsFromFlags, UsageError } from "../cli-options.js";
import { reportRejected, writeOutput } from "../output.js";
import { addStoryOptions, briefStoryFromFlags, type StoryFlags } from "./brief-story.js";

const FORMATS = ["md", "json", "html"] as const;

export function registerBrief(program: Command, setExit: (code: number) => void): void {
  addStoryOptions(program.command("brief"))
    .description("brief a set of articles into a triangulated, cited briefing")
    .argument("[inputs...]", "article files, folders, URLs or feeds; - reads one article from stdin")
    .option("-f, --format <format>", "md, json or html", "md")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--sentences <n>", "sentences in the summary (default 8)")
    .option("--reference-date <date>", "date (YYYY-MM-DD) that resolves weekdays in articles without a date")
    .option("--offline", "refuse http(s) URLs")
    .option("--allow-private-network", "allow fetching private, loopback and link-local addresses")
    .option("--limit <n>", "items read from each feed (default 50)")
    .option("--max-bytes <n>", "largest plain-text article accepted, in bytes (default 2 MB)")
    .option("--max-page-bytes <n>", "largest HTML page or feed accepted, in bytes (default 20 MB)")
    .option("--max-files <n>", "most inputs read")
    .action(async (inputs: string[], flags: InputFlags & StoryFlags & { format: string; out?: string }) => {
      if (!FORMATS.includes(flags.format as (typeof FORMATS)[number])) {
        throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${flags.format}"`);
      }
      const stored = await briefStoryFromFlags(inputs, flags);
      if (!stored && inputs.length === 0) throw new UsageError("give at least one article file, folder, URL or - for stdin");
      const briefing = stored ?? (await briefFiles(inputs, optionsFromFlags(flags)));
      reportRejected(briefing.rejected);
      if (briefing.sources.length === 0) {
        process.stderr.write("parallax: no usable article among the inputs\n");
        setExit(1);
        return;
      }
      const text =
        flags.format === "json" ? renderJson(briefing) : flags.format === "html" ? renderHtml(briefing) : renderMarkdown(briefing);
      await writeOutput(text, flags.out);
      if (briefing.rejected.length > 0) setExit(1);
    });
}
