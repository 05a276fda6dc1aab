#!/usr/bin/env bash
# The one test command (`npm test`): lint, type check, then the whole vitest suite twice, on
# SQLite and on PostgreSQL. PostgreSQL is the server in MDD_TEST_DATABASE, else the local one
# scripts/postgres.sh makes ready (before the SQLite pass too: the job queue's tests need
# PostgreSQL in both). Arguments go to both vitest runs (e.g. a test folder).
set -euo pipefail
cd "$(dirname "$0")/.."

npx biome check .
npx tsc --noEmit

server="${MDD_TEST_DATABASE:-$(./scripts/postgres.sh)}"
shown=$(sed -E 's#//([^:/@]+):[^@]*@#//\1:***@#' <<<"$server")

echo "test: vitest op SQLite"
env -u MDD_TEST_DATABASE MDD_TEST_POSTGRES="$server" npx vitest run "$@"

echo "test: vitest op PostgreSQL ($shown)"
MDD_TEST_DATABASE="$server" MDD_TEST_POSTGRES="$server" npx vitest run "$@"
