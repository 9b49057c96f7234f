// GET /api/metrics (also served as /metrics) – Prometheus metrics of this instance, for platform ADMIN / ANALYST (an API key as bearer token)
import { responseReply, staffRoute } from "@/lib/api/handler";
import { forbidden } from "@/lib/api/errors";
import { metricsText } from "@/lib/ops/metrics-scrape";

export const dynamic = "force-dynamic";

export const GET = staffRoute({ roles: ["ADMIN", "ANALYST"], defaultRateLimit: false, summary: "Prometheus metrics (text exposition format)" }, async ({ actor }) => {
  if (actor.shopId) throw forbidden("Metrics cover every shop: platform staff only");
  const { contentType, body } = await metricsText();
  return responseReply(new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } }));
});
