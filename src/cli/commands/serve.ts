import type { Command } from "commander";
import type { ServeFlags } from "./serve-run.js";

export function registerServe(program: Command, _setExit: (code: number) => void): void {
  program
    .command("serve")
    .description("serve the Parallax page and JSON API (http://127.0.0.1:8080/ by default)")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", "8080")
    .option("--host <host>", "address to listen on; beyond loopback an access token is required", "127.0.0.1")
    .option(
      "--db <file-or-url>",
      "story database (SQLite file or postgres:// URL) to list and brief stored stories; default ./parallax.db when it exists",
    )
    .option("--offline", "refuse http(s) URLs in posted articles")
    .option("--max-bytes <n>", "largest article accepted, in bytes")
    .action(async (flags: ServeFlags) => {
      // The server and its dependencies load only for this command.
      const { runServe } = await import("./serve-run.js");
      await runServe(flags);
    });
}
