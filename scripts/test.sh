#!/usr/bin/env bash
# The test command: type-check, then every unit and end-to-end test with Node's runner.
# Node 20 expands no globs in --test, so the shell lists the files.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit -p .
mapfile -t files < <(find test -name '*.test.ts' -not -path 'test/browser/*' | sort)
node --import tsx --test --test-concurrency=2 "${files[@]}"
