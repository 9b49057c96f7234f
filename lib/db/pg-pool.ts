import pg from "pg";
import { env } from "@/lib/env";

// A plain pg pool for the few hot read paths (checkout pricing) where Prisma's per-query cost
// dominates; writes and everything else go through Prisma.
const globalForPg = globalThis as unknown as { pgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!globalForPg.pgPool) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 10, allowExitOnIdle: true, connectionTimeoutMillis: 3_000 });
    // an idle connection dropped by a database restart must not take the process down
    pool.on("error", (e) => console.warn(`pg pool: ${e.message}`));
    globalForPg.pgPool = pool;
  }
  return globalForPg.pgPool;
}
