import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const WORKER = join(ROOT, "dist/parallax-analysis-worker.mjs");

/** The newest modification time of any file under `dir`. */
function newestFile(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The bundled analysis worker (`npm run build`), when it is newer than every source file: the bench
 * starts its analysis threads from it, as the CLI does (from the sources each thread would compile
 * every module through tsx first, 1-2 s more CPU, which no user pays). Undefined when it is missing
 * or stale: the threads then run the sources.
 */
export function freshBundledWorker(): string | undefined {
  if (!existsSync(WORKER)) return undefined;
  return statSync(WORKER).mtimeMs >= newestFile(join(ROOT, "src")) ? WORKER : undefined;
}
