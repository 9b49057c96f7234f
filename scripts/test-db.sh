#!/usr/bin/env bash
# Creates (anew) and migrates a database for tests: scripts/test-db.sh [name]
set -euo pipefail
DB="${1:-promo_test}"
PGHOST_ARGS=(-h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
psql "${PGHOST_ARGS[@]}" -d postgres -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" -c "CREATE DATABASE \"$DB\""
DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" npx prisma migrate deploy >/dev/null
echo "database $DB ready"
