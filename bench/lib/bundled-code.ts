import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** The newest modification time of any file under `dir`. */
function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** `dist/<name>` when it exists and is newer than every source file, else undefined. */
function freshBundle(name: string): string | undefined {
  const path = join(ROOT, "dist", name);
  if (!existsSync(path)) return undefined;
  return statSync(path).mtimeMs >= newestFile(join(ROOT, "src")) ? path : undefined;
}

/**
 * The bundled analysis worker (`npm run build`), when it is newer than every source file: the bench
 * starts its analysis threads from it, as the CLI does (from the sources each thread would compile
 * every module through tsx first, 1-2 s more CPU, which no user pays). Undefined when it is missing
 * or stale: the threads then run the sources.
 */
export function freshBundledWorker(): string | undefined {
  return freshBundle("parallax-analysis-worker.mjs");
}

/**
 * The bundled library (`npm run build`, dist/parallax-library.mjs), when it is newer than every
 * source file: the bench's own thread briefs with it, the code the CLI runs. Through tsx the sources
 * are transformed for the running Node by esbuild's defaults, which differ from the bundle's (tsx
 * rewrites each `\p{...}` regular expression as a `new RegExp` built at every evaluation; the bundle
 * keeps them literals): timing the sources would time a build no user runs. Undefined when missing
 * or stale: the bench then imports the sources.
 */
export function freshBundledLibrary(): string | undefined {
  return freshBundle("parallax-library.mjs");
}
