#!/usr/bin/env bash
# The one test command (`npm test`): lint, type check, then the whole vitest suite twice, on
# SQLite and on PostgreSQL. PostgreSQL is the server in MDD_TEST_DATABASE, else the local one
# scripts/postgres.sh makes ready. Arguments go to both vitest runs (e.g. a test folder).
set -euo pipefail
cd "$(dirname "$0")/.."

npx biome check .
npx tsc --noEmit

echo "test: vitest op SQLite"
env -u MDD_TEST_DATABASE npx vitest run "$@"

server="${MDD_TEST_DATABASE:-$(./scripts/postgres.sh)}"
echo "test: vitest op PostgreSQL ($(sed -E 's#//([^:/@]+):[^@]*@#//\1:***@#' <<<"$server"))"
MDD_TEST_DATABASE="$server" npx vitest run "$@"
