#!/usr/bin/env node
// Launcher. Three ways to run, fastest first:
//  1. the start-up snapshot (dist/parallax.blob, built by `npm install` through scripts/build-snapshot.mjs)
//     for the short commands (brief, inspect, extract): a child Node starts from the saved heap with every
//     library already set up, so the example is briefed in about half the time;
//  2. the bundled CLI (dist/parallax.mjs, built by `npm run build`, which `npm install` runs);
//  3. the TypeScript sources through tsx.
// The snapshot and the bundle are used only while they are newer than every source file, so an edit to
// src/ is never shadowed by a stale build; the snapshot only with the Node binary and folder that built
// it. PARALLAX_SNAPSHOT=0 turns the snapshot off.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const bundle = join(dist, "parallax.mjs");
const blob = join(dist, "parallax.blob");
/** Commands that read, brief and exit: a child process serves them as well as this one would. */
const SNAPSHOT_COMMANDS = new Set(["brief", "inspect", "extract"]);
/** Node's exit status when it cannot load a start-up snapshot (Parallax itself exits 0, 1 or 2). */
const SNAPSHOT_REFUSED = 14;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The V8 flags to run the snapshot with (those it was built with), or undefined when it cannot serve. */
function snapshotFlags(sourcesChanged) {
  if (process.env.PARALLAX_SNAPSHOT === "0" || !SNAPSHOT_COMMANDS.has(process.argv[2] ?? "")) return undefined;
  if (!existsSync(blob) || statSync(blob).mtimeMs < sourcesChanged) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(`${blob}.json`, "utf8"));
    const fits = stamp.node === process.version && stamp.execPath === process.execPath && stamp.dir === dist;
    return fits && Array.isArray(stamp.flags) ? stamp.flags : undefined;
  } catch {
    return undefined;
  }
}

const args = process.argv.slice(2);
const sourcesChanged = newestSource(join(root, "src"));
let done = false;
const flags = snapshotFlags(sourcesChanged);
if (flags) {
  const run = spawnSync(process.execPath, [...flags, "--snapshot-blob", blob, ...args], { stdio: "inherit" });
  if (run.signal) process.kill(process.pid, run.signal);
  done = !run.error && run.status !== SNAPSHOT_REFUSED;
  if (done) process.exitCode = run.status ?? 1;
}
if (!done && existsSync(bundle) && statSync(bundle).mtimeMs >= sourcesChanged) {
  await import(bundle);
} else if (!done) {
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(args);
}
