import type { Command } from "commander";
import { loadInputs } from "../../ingest/load-inputs.js";
import { analyzeArticle } from "../../pipeline/analyze-article.js";
import { docToJson, docToMarkdown } from "../../render/inspect.js";
import { type InputFlags, optionsFromFlags, UsageError } from "../cli-options.js";
import { reportRejected, writeOutput } from "../output.js";

export function registerInspect(program: Command, setExit: (code: number) => void): void {
  program
    .command("inspect")
    .description("show what Parallax made of one article: cleaned text, dropped lines, sentences, annotations")
    .argument("<input>", "an article file or URL; - reads stdin")
    .option("-f, --format <format>", "json or md", "md")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--offline", "refuse http(s) URLs")
    .option("--allow-private-network", "allow fetching private, loopback and link-local addresses")
    .action(async (input: string, flags: InputFlags & { format: string; out?: string }) => {
      if (!["md", "json"].includes(flags.format)) throw new UsageError(`--format must be json or md, not "${flags.format}"`);
      const options = optionsFromFlags(flags);
      const { articles, rejected } = await loadInputs([input], options);
      reportRejected(rejected);
      const first = articles[0];
      if (!first) {
        setExit(1);
        return;
      }
      const doc = analyzeArticle(first, options);
      await writeOutput(flags.format === "json" ? `${JSON.stringify(docToJson(doc), null, 2)}\n` : docToMarkdown(doc), flags.out);
    });
}
