import { extname, join } from "node:path";
import type { Options } from "../config/options.js";
import type { RawArticle, Rejected } from "../model/article.js";
import type { Warning } from "../model/span.js";
import { defaultIngestEffects, type IngestEffects } from "./effects.js";
import { idFromPath, type ReadResult } from "./reader.js";
import { ARTICLE_EXTENSIONS, READERS } from "./readers.js";
import { readTextArticle } from "./read-text-article.js";
import { mapWithLimit } from "./fetch/map-with-limit.js";

/** Inputs read at once (URLs are fetched concurrently; files are quick either way). */
const READ_CONCURRENCY = 4;

export interface LoadedInputs {
  articles: RawArticle[];
  /** Every input that could not be used, by name, with the reason. The rest still load. */
  rejected: Rejected[];
  /** What readers noticed but worked around (a feed cut to --limit items, replaced bytes). */
  warnings: Warning[];
}

function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "ENOENT") return "no such file or folder";
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "EISDIR") return "is a folder";
  return e?.message ?? String(err);
}

/** Expand folders (recursively, sorted, hidden files skipped) into files with article extensions. */
async function expandPaths(inputs: readonly string[], fx: IngestEffects, rejected: Rejected[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (path: string, top: boolean): Promise<void> => {
    if (/^https?:\/\//i.test(path) || path === "-") {
      out.push(path);
      return;
    }
    let info: Awaited<ReturnType<IngestEffects["stat"]>>;
    try {
      info = await fx.stat(path);
    } catch (err) {
      rejected.push({ path, reason: `cannot read: ${describeError(err)}` });
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = (await fx.readdir(path)).sort();
      } catch (err) {
        rejected.push({ path, reason: `cannot list folder: ${describeError(err)}` });
        return;
      }
      for (const name of names) {
        if (name.startsWith(".")) continue;
        const child = join(path, name);
        let childInfo: Awaited<ReturnType<IngestEffects["stat"]>> | undefined;
        try {
          childInfo = await fx.stat(child);
        } catch (err) {
          rejected.push({ path: child, reason: `cannot read: ${describeError(err)}` });
          continue;
        }
        if (childInfo.isDirectory()) await walk(child, false);
        else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) out.push(child);
      }
      return;
    }
    if (top || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) out.push(path);
  };
  for (const input of inputs) await walk(input, true);
  return out;
}

/** Give each article a unique id: the file stem, with "-2", "-3" ... on a clash. */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/**
 * Read files, folders, URLs and stdin (`-`) into raw articles. Never throws for a bad input: each is
 * reported in `rejected` by name with the reason, and the rest of the batch still loads.
 * @example await loadInputs(["examples/alaska-summit"], normalizeOptions())
 */
export async function loadInputs(
  inputs: readonly string[],
  options: Options,
  fx: IngestEffects = defaultIngestEffects,
): Promise<LoadedInputs> {
  const rejected: Rejected[] = [];
  const articles: RawArticle[] = [];
  const paths = await expandPaths(inputs, fx, rejected);
  if (paths.length > options.maxFiles) {
    for (const p of paths.slice(options.maxFiles)) {
      rejected.push({ path: p, reason: `over the limit of ${options.maxFiles} inputs (set with --max-files)` });
    }
    paths.length = options.maxFiles;
  }
  // Decide each input's reader in order (duplicates and stdin first), then read with a limit on
  // concurrency: URLs wait on the network, so several are fetched at once; results keep input order.
  const seen = new Set<string>();
  const jobs: Array<{ path: string; run: () => Promise<ReadResult> }> = [];
  for (const path of paths) {
    if (path === "-") {
      jobs.push({ path, run: async () => readTextArticle(await fx.readStdin(), "<stdin>", "stdin", options) });
      continue;
    }
    const key = /^https?:\/\//i.test(path) ? path : await fx.realpath(path).catch(() => path);
    if (seen.has(key)) {
      rejected.push({ path, reason: "given more than once; read once" });
      continue;
    }
    seen.add(key);
    const reader = READERS.find((r) => r.accepts(path));
    if (!reader) {
      rejected.push({ path, reason: "no reader for this kind of input; pass .txt, .html, a feed or an http(s) URL" });
      continue;
    }
    jobs.push({ path, run: () => reader.read(path, idFromPath(path), fx, options) });
  }
  const results = await mapWithLimit(jobs, READ_CONCURRENCY, async (job) => {
    try {
      return await job.run();
    } catch (err) {
      return { articles: [], rejected: [{ path: job.path, reason: `cannot read: ${describeError(err)}` }] } as ReadResult;
    }
  });
  const used = new Set<string>();
  const warnings: Warning[] = [];
  results.forEach((res, i) => {
    for (const reason of res.warnings ?? []) warnings.push({ stage: "ingest", rule: "reader", source: jobs[i]?.path ?? "", reason });
  });
  for (const res of results) {
    for (const a of res.articles) articles.push({ ...a, id: uniqueId(a.id, used) });
    rejected.push(...res.rejected);
  }
  return { articles, rejected, warnings };
}
