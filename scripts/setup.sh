#!/usr/bin/env bash
# Sets up and starts the app with demo data on http://localhost:3000 (after npm install).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-services.sh
if [ ! -f .env ]; then
  cp .env.example .env
  sed -i "s/^NEXTAUTH_SECRET=.*/NEXTAUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')/" .env
fi
set -a; . ./.env; set +a
DB=$(node -e 'console.log(new URL(process.env.DATABASE_URL).pathname.slice(1))')
psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE \"$DB\""
npx prisma migrate deploy
npx tsx prisma/seed.ts
npm run build
echo "Starting on http://localhost:${PORT:-3000} — demo logins are in README.md"
export NODE_ENV=production
exec node node_modules/tsx/dist/cli.mjs server/main.ts
