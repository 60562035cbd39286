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
import { readFile } from "node:fs/promises";
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
 * stamp): Parallax's own (src/runtime/v8-flags.ts), and heap and start-up settings, which cannot be
 * set once V8 runs: a larger young generation (a brief allocates many short-lived objects, and with
 * the default one the collector ran ~15% of the example's time), a larger first old-space limit, and
 * no rehashing of the blob's strings.
 */
const NODE_FLAGS = process.env.PARALLAX_SNAPSHOT_FLAGS?.split(" ").filter(Boolean) ?? [
  "--max-semi-space-size=16",
  // The heap starts at ~45 MB from the blob; at V8's initial old-space limit the example's brief ran
  // one full collection (~10-15 ms) for nothing.
  "--initial-old-space-size=128",
  // V8 rehashes every string and dictionary of the blob for a fresh hash seed at each start (~0.08 s
  // of the example's ~0.6 s: the wink lexicon and compromise's tables are dictionaries of tens of
  // thousands of words). Without it the run keeps the seed the blob was built with, which is random
  // at build time (the blob is built on the user's machine by `npm install`), so hashes stay
  // unpredictable to the authors of the articles read.
  "--no-rehash-snapshot",
  ...PARALLAX_V8_FLAGS,
];
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

/**
 * wink-eng-lite-web-model's models are JSON files that a bundle inlines as object literals: the
 * literal's constants stay in the heap beside the objects made from them, and the core model is read
 * by deep-copying it (`JSON.parse(JSON.stringify(originalModel))`), so the blob carried ~87,000 words
 * in several arrays. In the snapshot bundle each model file is parsed from disk while the blob is
 * built (the builder may read files; the path is never used at run time, when the module is already
 * in the heap), and the core model is read in place: the CLI reads it once per process. The rewrite
 * of read-core-model.js is an exact text match; when a release no longer matches, it is bundled as is.
 */
const WINK_COPY = "const model=JSON.parse(JSON.stringify(originalModel));";
const winkModelsFromDisk = {
  name: "wink-models-from-disk",
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/].*\.json$/ }, (args) => ({
      loader: "js",
      contents: `module.exports = JSON.parse(require("fs").readFileSync(${JSON.stringify(args.path)}, "utf8"));`,
    }));
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes(WINK_COPY)) {
        process.stderr.write("build-snapshot: wink's read-core-model.js changed; bundled as it is\n");
        return undefined;
      }
      const once = 'if(readModel.done)throw Error("the wink model is read once in the snapshot");readModel.done=!0;const model=originalModel;';
      return { loader: "js", contents: source.replace(WINK_COPY, once) };
    });
  },
};

function warn(message) {
  process.stderr.write(`build-snapshot: ${message}; the CLI will run dist/parallax.mjs without a snapshot\n`);
}

rmSync(blob, { force: true });
rmSync(stamp, { force: true });
rmSync(`${blob}.args`, { force: true });
mkdirSync(outdir, { recursive: true });
const bundleUrl = pathToFileURL(join(outdir, "parallax.mjs")).href;
await build({
  entryPoints: [join(root, "src/cli/snapshot-main.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Node 20 has \p{...} in regular expressions; without this esbuild rewrites each such literal as a
  // `new RegExp(...)` built again at every evaluation (see build-cli.sh).
  supported: { "regexp-unicode-property-escapes": true },
  outfile: script,
  logLevel: "error",
  external: OPTIONAL,
  plugins: [loadOnFirstUse, winkModelsFromDisk],
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
// The same for bin/parallax (the POSIX launcher), as lines a shell reads without a JSON parser: the
// Node binary that built the blob, then the flags.
writeFileSync(`${blob}.args`, `${process.execPath}\n${NODE_FLAGS.join(" ")}\n`);
