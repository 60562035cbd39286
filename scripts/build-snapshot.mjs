// Build the CLI's start-up snapshot: dist/parallax.blob, with dist/parallax.blob.json beside it.
//
// A run from the blob (`node --snapshot-blob dist/parallax.blob brief ...`, which bin/parallax.js
// does for the short commands) starts with every module already evaluated and every library set up
// (compromise's lexicon, chrono-node's parsers, the wink model), which a plain start spends most of
// its time on. The blob only works with the very Node binary that built it and in the folder it was
// built for, so the stamp records both, and the launcher falls back to dist/parallax.mjs otherwise.
//
// Node's snapshot builder runs one CommonJS script that may require built-in modules only, and it
// cannot load a few of them (node:http needs a method V8 leaves out while building; node:worker_threads
// and friends are "not verified"). So the bundle:
//   - loads those built-ins on first use (a proxy per module, filled when a property is read);
//   - loads npm packages left outside the bundle (native drivers) with a real require at run time;
//   - sees `import.meta.url` as the URL of dist/parallax.mjs, so workers and the page are found
//     beside it as from the ESM bundle.
//
// Usage: node --import tsx scripts/build-snapshot.mjs [outdir]   (default dist). Exits 0 without a blob, with a
// warning, when this Node cannot build one: the CLI then runs dist/parallax.mjs as before.
import { execFileSync } from "node:child_process";
import { builtinModules } from "node:module";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { PARALLAX_V8_FLAGS } from "../src/runtime/v8-flags.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = resolve(root, process.argv[2] ?? "dist");
const script = join(outdir, "parallax-snapshot.cjs");
const blob = join(outdir, "parallax.blob");
const stamp = `${blob}.json`;
/**
 * V8 flags the blob is built with; a run must pass the same ones (the launcher reads them from the
 * stamp): Parallax's own (src/runtime/v8-flags.ts), and a larger young generation, which cannot be
 * set once V8 runs: a brief allocates many short-lived objects, and with the default one the
 * collector ran ~15% of the example's time.
 */
const NODE_FLAGS = process.env.PARALLAX_SNAPSHOT_FLAGS?.split(" ").filter(Boolean) ?? ["--max-semi-space-size=16", ...PARALLAX_V8_FLAGS];
/** Built-ins the snapshot builder loads safely; every other one is loaded on first use. */
const EAGER = new Set(["assert", "buffer", "events", "fs", "fs/promises", "os", "path", "stream", "string_decoder", "url", "util", "v8", "zlib", "crypto", "timers", "readline", "tty"]);
/**
 * npm packages loaded from node_modules on first use rather than bundled: native code, test-only
 * tools, and linkedom, whose set-up leaves native handles the snapshot cannot hold.
 */
const ON_FIRST_USE = ["better-sqlite3", "playwright-core", "vite", "linkedom"];
/** Optional packages that may be missing: their `require` fails, as their users expect when absent. */
const OPTIONAL = ["pg-native"];

/** A module that stands in for `specifier` and loads it when one of its exports is first read. */
async function standIn(specifier, loader) {
  const names = Object.keys(await import(specifier)).filter((k) => k !== "default");
  // A function behind the proxy, so that a module whose export is a class or a function (a driver's
  // \`new Database(...)\`) can be called and constructed through its stand-in.
  return `let real;
const load = () => (real ??= ${loader}(${JSON.stringify(specifier)}));
const names = ${JSON.stringify(names)};
const fixed = (target) => Reflect.ownKeys(target).filter((k) => !Reflect.getOwnPropertyDescriptor(target, k).configurable);
module.exports = new Proxy(function standIn() {}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  apply: (_, self, args) => Reflect.apply(load(), self, args),
  construct: (_, args, target) => Reflect.construct(load(), args),
  // Listing the names must not load the module (the bundle's import helpers list them at start). The
  // function's own fixed properties (prototype...) must be listed as they are.
  ownKeys: (target) => [...new Set([...names, ...fixed(target)])],
  getOwnPropertyDescriptor: (target, key) =>
    fixed(target).includes(key) ? Reflect.getOwnPropertyDescriptor(target, key)
    : names.includes(key) ? { enumerable: true, configurable: true, writable: true, value: undefined } : undefined,
});`;
}

const loadOnFirstUse = {
  name: "load-on-first-use",
  setup(b) {
    b.onResolve({ filter: /^[@a-z]/ }, (args) => {
      const name = args.path.replace(/^node:/, "");
      if (builtinModules.includes(name)) return EAGER.has(name) ? { path: `node:${name}`, external: true } : { path: `node:${name}`, namespace: "first-use" };
      if (ON_FIRST_USE.includes(args.path)) return { path: args.path, namespace: "first-use" };
      return undefined;
    });
    b.onLoad({ filter: /.*/, namespace: "first-use" }, async (args) => ({
      loader: "js",
      contents: await standIn(args.path, args.path.startsWith("node:") ? "__parallaxBuiltin" : "__parallaxPackage"),
    }));
  },
};

function warn(message) {
  process.stderr.write(`build-snapshot: ${message}; the CLI will run dist/parallax.mjs without a snapshot\n`);
}

rmSync(blob, { force: true });
rmSync(stamp, { force: true });
mkdirSync(outdir, { recursive: true });
const bundleUrl = pathToFileURL(join(outdir, "parallax.mjs")).href;
await build({
  entryPoints: [join(root, "src/cli/snapshot-main.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  outfile: script,
  logLevel: "error",
  external: OPTIONAL,
  plugins: [loadOnFirstUse],
  define: { "import.meta.url": "__parallaxBundleUrl" },
  banner: {
    js: [
      `const __parallaxBundleUrl = ${JSON.stringify(bundleUrl)};`,
      // The builder's require takes built-ins only; packages outside the bundle come from
      // node_modules through a real require, made on first use.
      "const __parallaxBuiltin = require;",
      "let __parallaxRequire;",
      "const __parallaxPackage = (id) => (__parallaxRequire ??= require('node:module').createRequire(__parallaxBundleUrl))(id);",
    ].join("\n"),
  },
});
try {
  execFileSync(process.execPath, [...NODE_FLAGS, "--snapshot-blob", blob, "--build-snapshot", script], {
    cwd: outdir,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
  });
} catch (err) {
  rmSync(blob, { force: true });
  warn(`node could not build the snapshot (${String(err.stderr ?? err.message).trim().split("\n").slice(-3).join(" ")})`);
  process.exit(0);
}
writeFileSync(stamp, `${JSON.stringify({ node: process.version, execPath: process.execPath, dir: outdir, flags: NODE_FLAGS }, null, 2)}\n`);
