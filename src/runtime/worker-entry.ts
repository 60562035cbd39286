import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** What `new Worker(source, { eval })` needs to start a thread on one of Parallax's modules. */
export interface WorkerEntry {
  source: string | URL;
  eval: boolean;
}

/**
 * How to start a worker thread on an entry module, whether Parallax runs from source or bundled.
 * From source (tsx: tests, development, `npm run parallax`) the thread registers tsx first, since
 * Node 20 passes no `--import` loader to workers, then imports `sourceEntry` (relative to
 * `callerUrl`). From the bundle (dist/parallax.mjs, which every module's `import.meta.url` is then)
 * it runs `bundledEntry`, the entry's own bundle that `npm run build` writes beside it. Undefined
 * when that file is missing: the caller then does the work in its own thread.
 */
export function workerEntry(callerUrl: string, sourceEntry: string, bundledEntry: string): WorkerEntry | undefined {
  if (callerUrl.endsWith(".ts")) {
    const tsx = import.meta.resolve("tsx/esm/api");
    const entry = new URL(sourceEntry, callerUrl).href;
    return { source: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
  }
  const bundled = new URL(bundledEntry, callerUrl);
  return existsSync(fileURLToPath(bundled)) ? { source: bundled, eval: false } : undefined;
}
