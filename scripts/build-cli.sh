#!/usr/bin/env bash
# Bundle the CLI into dist/parallax.mjs with esbuild (installed with Vite): one file to parse at
# start-up instead of compiling TypeScript with tsx on every run. Native and optional modules stay
# external. bin/parallax.js uses the bundle only while it is newer than every file in src/.
set -euo pipefail
cd "$(dirname "$0")/.."
npx esbuild src/cli/run.ts --bundle --platform=node --format=esm --target=node20 \
  --outfile=dist/parallax.mjs --log-level=warning \
  --external:better-sqlite3 --external:pg --external:pg-native --external:playwright-core --external:vite \
  --banner:js="import { createRequire as __parallaxRequire } from 'module'; const require = __parallaxRequire(import.meta.url);"
