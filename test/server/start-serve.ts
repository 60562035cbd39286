import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Node arguments that run the CLI from source. */
export const SOURCE = ["--import", "tsx", "src/cli/main.ts"];

/** Start `parallax serve` (run by `command`, from the project folder) and wait for the line with its address. */
export function startServe(
  command: readonly string[],
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; out: () => string; err: () => string }> {
  const child = spawn(process.execPath, [...command, "serve", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr?.on("data", (d) => {
    err += String(d);
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      out += String(d);
      const m = /Parallax is serving (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1], out: () => out, err: () => err });
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
