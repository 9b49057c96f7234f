// GET /api/ready – readiness: database, Redis and the clock (503 while a dependency is away)
import { readiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

export async function GET() {
  const r = await readiness();
  return Response.json(r, { status: r.ok ? 200 : 503, headers: { "cache-control": "no-store", ...(r.ok ? {} : { "retry-after": "2" }) } });
}
