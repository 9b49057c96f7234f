#!/usr/bin/env bash
# The fault-injection suite (issue 20): its own database and Redis (port 6391), the production
# build, the machine's PostgreSQL restarted for real. Needs a build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
[ -f .next/BUILD_ID ] || npm run build
fuser -k 3400/tcp 6391/tcp >/dev/null 2>&1 || true
npx vitest run --project faults "$@"
