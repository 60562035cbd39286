import { readdir, readFile, realpath, stat } from "node:fs/promises";

/**
 * What ingest touches in the file system, injected so tests and the server can replace it. URLs and
 * feeds are fetched by `fetchUrl` (src/ingest/fetch/fetch-url.ts), which checks every address it
 * connects to and has its own time limit.
 */
export interface IngestEffects {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean; size: number }>;
  readdir(path: string): Promise<string[]>;
  realpath(path: string): Promise<string>;
  readStdin(): Promise<Uint8Array>;
}

async function readAllStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

export const defaultIngestEffects: IngestEffects = {
  readFile: (p) => readFile(p),
  stat: (p) => stat(p),
  readdir: (p) => readdir(p),
  realpath: (p) => realpath(p),
  readStdin: readAllStdin,
};
