#!/usr/bin/env bash
# npm run test:reliability: hostile inputs, properties, schema, faults and load (see docs/readme/reliability.md).
# The *.test.ts files also run in npm test; the *.check.ts files (5 MB lines, 100,000-deep HTML,
# 10,000 files on the command line, SIGKILL during ingest, 50 clients x 30 s x 3 against the server)
# run only here. PARALLAX_LOAD_SECONDS shortens the load runs; every step stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
echo "== language check: English articles of ../shared/data/summarization wrongly refused (must be 0)"
if [ -d ../shared/data/summarization ]; then
  node --import tsx test/reliability/measure-language.ts --fail-above 0
else
  echo "(../shared/data/summarization not present: skipped)"
fi
echo "== schema file is current"
node --import tsx scripts/write-schema.ts --check
mapfile -t tests < <(find test/reliability test/schema -name '*.test.ts' | sort)
mapfile -t checks < <(find test/reliability -name '*.check.ts' | sort)
echo "== bad inputs, properties, schema; then heavy inputs, SIGKILL during ingest, server load"
node --import tsx --test --test-concurrency=1 "${tests[@]}" "${checks[@]}"
