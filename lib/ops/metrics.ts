import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { processState } from "@/lib/process-state";

// Prometheus metrics of this process (GET /metrics; docs/operations.md lists the queries). One
// registry per process, whichever server loads this module (Next.js, the plain fast path).

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const m = {
    registry,
    requests: new Counter({ name: "promo_http_requests_total", help: "API requests by route pattern, method and status", labelNames: ["route", "method", "status"], registers: [registry] }),
    latency: new Histogram({ name: "promo_http_request_duration_seconds", help: "API request latency by route pattern", labelNames: ["route", "method"], buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [registry] }),
    flash: new Counter({ name: "promo_flash_attempts_total", help: "Flash-sale attempts by outcome (WON, SOLD_OUT, LIMIT_REACHED, …)", labelNames: ["outcome"], registers: [registry] }),
    webhooks: new Counter({ name: "promo_webhook_deliveries_total", help: "Webhook delivery attempts by outcome (delivered, retry, failed)", labelNames: ["outcome"], registers: [registry] }),
    cache: new Counter({ name: "promo_pricing_cache_total", help: "Pricing cache lookups (promotions, SKUs, shops, coupon templates) by result", labelNames: ["result"], registers: [registry] }),
    risk: new Counter({ name: "promo_risk_decisions_total", help: "Risk decisions by action and decision", labelNames: ["action", "decision"], registers: [registry] }),
    alerts: new Counter({ name: "promo_alerts_raised_total", help: "Alerts raised by kind", labelNames: ["kind"], registers: [registry] }),
    queueDepth: new Gauge({ name: "promo_queue_jobs", help: "Background queue jobs by queue and state (waiting, active, delayed, failed)", labelNames: ["queue", "state"], registers: [registry] }),
    outbox: new Gauge({ name: "promo_webhook_outbox", help: "Webhook deliveries not yet delivered, by status", labelNames: ["status"], registers: [registry] }),
  };
  return m;
}

export const metrics = () => processState("metrics", build);

export const countFlashAttempt = (outcome: string) => metrics().flash.inc({ outcome });
export const countWebhookDelivery = (outcome: "delivered" | "retry" | "failed") => metrics().webhooks.inc({ outcome });
export const countCache = (hit: boolean, n = 1) => n > 0 && metrics().cache.inc({ result: hit ? "hit" : "miss" }, n);
export const countRisk = (action: string, decision: string) => metrics().risk.inc({ action, decision });
export const countAlert = (kind: string) => metrics().alerts.inc({ kind });

/** A finished API request; `route` is the path with its ids put back as {name} (few distinct values). */
export function observeRequest(route: string, method: string, status: number, seconds: number) {
  const m = metrics();
  m.requests.inc({ route, method, status: String(status) });
  m.latency.observe({ route, method }, seconds);
}

/** The path pattern of a request: each path parameter's value replaced by its name. */
export function routePattern(pathname: string, params: Record<string, string>) {
  let out = pathname;
  for (const [name, value] of Object.entries(params)) if (value) out = out.split(`/${encodeURIComponent(value)}`).join(`/{${name}}`).split(`/${value}`).join(`/{${name}}`);
  return out;
}
