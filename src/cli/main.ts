#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { applyV8Flags } from "../runtime/v8-flags.js";
import { UsageError } from "./cli-options.js";
import { registerBrief } from "./commands/brief.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerInspect } from "./commands/inspect.js";
import { registerServe } from "./commands/serve.js";
import { registerStories } from "./commands/stories.js";

/**
 * The `parallax` command: a thin shell over the library. Exit status: 0 success, 1 when an input
 * could not be used (named on stderr; the rest still ran), 2 on a usage error.
 */
export async function main(argv: readonly string[]): Promise<number> {
  applyV8Flags();
  let code = 0;
  const setExit = (c: number) => {
    code = Math.max(code, c);
  };
  const program = new Command()
    .name("parallax")
    .description("Triangulate many outlets' reports of one news event into a cited briefing.")
    .version(packageJson.version, "-V, --version", "print the version of Parallax")
    .exitOverride()
    .showHelpAfterError();
  // One line per command; each command lives in ./commands/.
  registerBrief(program, setExit);
  registerExtract(program, setExit);
  registerInspect(program, setExit);
  registerServe(program, setExit);
  registerIngest(program, setExit);
  registerStories(program, setExit);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 || err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`parallax: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`parallax: ${(err as Error).message ?? String(err)}\n`);
    return 1;
  }
  return code;
}

if (process.argv[1]?.endsWith("main.ts")) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
