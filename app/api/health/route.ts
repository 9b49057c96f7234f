// GET /api/health – liveness probe (also the bare baseline of the HTTP benchmarks)
export function GET() {
  return Response.json({ ok: true });
}
