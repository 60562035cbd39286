import { writeFile } from "node:fs/promises";

/** Write the result to `--out FILE` or stdout. */
export async function writeOutput(text: string, out: string | undefined): Promise<void> {
  if (out) await writeFile(out, text);
  else process.stdout.write(text);
}

/** Report unusable inputs on stderr, one line each, naming the input and the reason. */
export function reportRejected(rejected: ReadonlyArray<{ path: string; reason: string }>): void {
  for (const r of rejected) process.stderr.write(`parallax: skipped "${r.path}": ${r.reason}\n`);
}
