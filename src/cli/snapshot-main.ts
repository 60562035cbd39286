import { setFlagsFromString, startupSnapshot } from "node:v8";
import { main } from "./main.js";
import { warmUp } from "./snapshot-warm-up.js";

/**
 * Entry of the start-up snapshot (dist/parallax.blob, built by scripts/build-snapshot.mjs): the
 * builder runs this module with every library loaded, and V8 saves the heap, so a run from the blob
 * skips loading and setting up compromise, chrono-node and the wink model. A run starts here;
 * bin/parallax.js uses the blob for the short commands only.
 */
// Regular expressions run during the warm-up must stay bytecode: V8 cannot write their machine code
// into a snapshot. The flag goes back to its default before the snapshot is written (the snapshot
// records the flags, and a run must start with the same ones).
setFlagsFromString("--regexp-interpret-all");
warmUp();
setFlagsFromString("--no-regexp-interpret-all --regexp-tier-up");
startupSnapshot.setDeserializeMainFunction(async () => {
  // From a blob, argv is [node, ...user arguments]: no script path.
  process.exitCode = await main(process.argv.slice(1));
});
