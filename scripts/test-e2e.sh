#!/usr/bin/env bash
# Playwright e2e: fresh database with demo data, production build, Debian chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
DB=promo_e2e
bash scripts/test-db.sh "$DB"
DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" npx tsx prisma/seed.ts
redis-cli -n 2 flushdb >/dev/null
npm run build
npx playwright test "$@"
