#!/usr/bin/env bash
# Bundle the CLI into dist/parallax.mjs with esbuild (installed with Vite): one file to parse at
# start-up instead of compiling TypeScript with tsx on every run. Native and optional modules stay
# external. bin/parallax.js uses the bundle only while it is newer than every file in src/.
# esbuild's table has Node 20 without \p{...} in regular expressions, and would rewrite each such
# literal as `new RegExp(...)`, built again every time the line runs (per character in some loops):
# Node 20 has them, so they are declared supported and stay literals.
# Worker threads get their own bundles beside it (src/runtime/worker-entry.ts finds them there).
# Usage: build-cli.sh [outdir]   (default dist; the bundle test builds into its own folder)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist}"
bundle() { # <entry> <outfile>
  npx esbuild "$1" --bundle --platform=node --format=esm --target=node20 \
    --supported:regexp-unicode-property-escapes=true \
    --outfile="$2" --log-level=warning \
    --external:better-sqlite3 --external:pg --external:pg-native --external:playwright-core --external:vite \
    --banner:js="import { createRequire as __parallaxRequire } from 'module'; const require = __parallaxRequire(import.meta.url);"
}
bundle src/cli/run.ts "$out/parallax.mjs"
# The analysis threads of a large brief (src/pipeline/analysis-pool.ts).
bundle src/pipeline/analysis-worker.ts "$out/parallax-analysis-worker.mjs"
# The analysis thread of `parallax serve` (src/server/worker-briefer.ts).
bundle src/server/brief-worker.ts "$out/parallax-brief-worker.mjs"
# The library (src/index.ts) as one file, for programs that embed Parallax and for `npm run bench`,
# which times the code the CLI runs (bench/lib/bundled-code.ts), not the sources through tsx.
bundle src/index.ts "$out/parallax-library.mjs"
