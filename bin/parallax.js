#!/usr/bin/env node
// Thin launcher: register tsx so the TypeScript CLI runs without a build step, then run it.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
