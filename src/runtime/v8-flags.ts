import { setFlagsFromString } from "node:v8";

/**
 * V8 flags Parallax's programs run with (the CLI, the server and their threads; the start-up
 * snapshot is built and started with them too).
 *
 * `--interrupt-budget`: how much bytecode a function runs before V8 considers optimizing it. At the
 * default (66 KB) a brief compiles many functions with TurboFan that run only for a while (each
 * article's annotators warm up, then the comparison stages take over), and the compiles cost more
 * than they save: 16 times the budget took ~15% less CPU on a 300-article brief and ~25% less on
 * the bundled example, with byte-identical briefings. The hot loops are optimized all the same, a
 * little later.
 */
export const PARALLAX_V8_FLAGS: readonly string[] = ["--interrupt-budget=1048576"];

/** Set Parallax's V8 flags in this process (and the threads it starts), once, before the work. */
export function applyV8Flags(): void {
  for (const flag of PARALLAX_V8_FLAGS) setFlagsFromString(flag);
}
