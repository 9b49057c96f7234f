#!/usr/bin/env bash
# The whole test suite: types, lint, unit, integration (real PostgreSQL + Redis), e2e (chromium).
# Prints one closing line "N passed, N failed" summed over all runners.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-services.sh || exit 1
mkdir -p .test-results && rm -f .test-results/*.json
status=0
step() { echo; echo "▶ $1"; shift; "$@" || status=1; }

step "typecheck" npx tsc --noEmit
step "lint" npx eslint . --max-warnings=0
step "unit tests" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=.test-results/unit.json
step "integration tests" bash -c "bash scripts/test-db.sh promo_test && npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=.test-results/integration.json"
step "e2e tests" env PLAYWRIGHT_JSON_OUTPUT_NAME=.test-results/e2e.json bash scripts/test-e2e.sh --reporter=list,json
# last: it restarts the machine's PostgreSQL and runs on the e2e step's production build
step "fault injection" bash scripts/test-faults.sh --reporter=default --reporter=json --outputFile.json=.test-results/faults.json

node scripts/test-summary.mjs || status=1
exit $status
