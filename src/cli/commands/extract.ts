import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { decodeHtmlBytes } from "../../ingest/encoding/decode-html-bytes.js";
import { looksLikeFeed } from "../../ingest/feed/parse-feed.js";
import { FetchError, fetchUrl } from "../../ingest/fetch/fetch-url.js";
import { type ExtractedArticle, extractArticle } from "../../ingest/html/extract-article.js";
import { type InputFlags, optionsFromFlags, UsageError } from "../cli-options.js";
import { writeOutput } from "../output.js";

const FORMATS = ["text", "json"] as const;

/** The extraction as JSON: the fields a user asked for, then how it was made. */
function extractionToJson(a: ExtractedArticle): string {
  const { title, byline, site, published, lang, url, text, method, warnings, removed } = a;
  return `${JSON.stringify({ title, byline, site, published, lang, url, text, method, warnings, removed }, null, 2)}\n`;
}

/** The extraction as readable text: a short header, a blank line, the article. */
function extractionToText(a: ExtractedArticle): string {
  const head = [
    a.title ? `# ${a.title}` : undefined,
    [a.site, a.byline, a.published].filter(Boolean).join(" · ") || undefined,
  ].filter(Boolean);
  return `${head.length ? `${head.join("\n")}\n\n` : ""}${a.text}\n`;
}

export function registerExtract(program: Command, setExit: (code: number) => void): void {
  program
    .command("extract")
    .description("show the article Parallax reads from an HTML page or URL: title, byline, site, date, language, text")
    .argument("<input>", "an .html file or an http(s) URL")
    .option("-f, --format <format>", "text or json", "text")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--offline", "refuse http(s) URLs")
    .option("--allow-private-network", "allow fetching private, loopback and link-local addresses")
    .action(async (input: string, flags: InputFlags & { format: string; out?: string }) => {
      if (!FORMATS.includes(flags.format as (typeof FORMATS)[number])) {
        throw new UsageError(`--format must be text or json, not "${flags.format}"`);
      }
      const options = optionsFromFlags(flags);
      let bytes: Uint8Array;
      let url: string | undefined;
      let contentType: string | undefined;
      try {
        if (/^https?:\/\//i.test(input)) {
          const page = await fetchUrl(input, { offline: options.offline, allowPrivateNetwork: options.allowPrivateNetwork, maxBytes: options.maxPageBytes });
          [bytes, url, contentType] = [page.bytes, page.url, page.contentType];
        } else {
          bytes = await readFile(input);
        }
      } catch (err) {
        const reason = err instanceof FetchError ? err.reason : (err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message;
        process.stderr.write(`parallax: cannot read "${input}": ${reason}\n`);
        setExit(1);
        return;
      }
      const decoded = decodeHtmlBytes(bytes, contentType);
      if (looksLikeFeed(decoded.text)) {
        process.stderr.write(`parallax: "${input}" is a feed, not a page; pass one of its item links, or brief the feed\n`);
        setExit(1);
        return;
      }
      const article = extractArticle(decoded.text, url);
      if (decoded.warning) article.warnings.unshift(decoded.warning);
      await writeOutput(flags.format === "json" ? extractionToJson(article) : extractionToText(article), flags.out);
      if (!article.text) setExit(1);
    });
}
