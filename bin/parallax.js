#!/usr/bin/env node
// Thin launcher: run the TypeScript CLI through tsx so `npx parallax` works without a build step.
import { register } from "node:module";
register("tsx/esm", import.meta.url);
await import("../src/cli/main.ts");
