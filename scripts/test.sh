#!/usr/bin/env bash
# The test command: type-check, then every unit, end-to-end and browser test in one run of Node's
# test runner (one closing summary). Node 20 expands no globs in --test, so the shell lists the files.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit -p .
mapfile -t files < <(find test -name '*.test.ts' -not -path 'test/browser/*' | sort)
if [ -x /usr/bin/chromium ]; then
  # The page is served from web/dist: build it first (about a second).
  npx vite build web --logLevel warn
  mapfile -t browser < <(find test/browser -name '*.test.ts' | sort)
  files+=("${browser[@]}")
else
  echo "test: browser tests skipped: /usr/bin/chromium is missing (install it with: bash scripts/install-browser.sh)"
fi
node --import tsx --test --test-concurrency=2 "${files[@]}"
