import { main } from "./main.js";

/** Entry point of the bundled CLI (dist/parallax.mjs): run the command line and set the exit code. */
process.exitCode = await main(process.argv.slice(2));
