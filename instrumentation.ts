// Starts this process's clock and background workers once per Next.js server process (Node
// runtime only). The clock (lib/clock/clock.ts) needs only PostgreSQL; the workers need Redis and
// reconnect by themselves.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.DISABLE_WORKERS === "1") {
    // an instance without background work may still write flash wins (bench:flash-sale)
    if (process.env.FLASH_WINS_CONSUMER === "1" && process.env.FLASH_WINS_FORKED !== "1") (await import("@/lib/flash-sale/flash-wins")).startFlashWinsConsumer();
    return;
  }
  const { startClock } = await import("@/lib/clock/clock");
  startClock();
  const { watchFlashReconnects } = await import("@/lib/flash-sale/flash-recovery");
  watchFlashReconnects();
  // under server/main.ts the wins consumer has a process of its own (server/flash-wins-worker.ts)
  if (process.env.FLASH_WINS_FORKED !== "1") (await import("@/lib/flash-sale/flash-wins")).startFlashWinsConsumer();
  const { startOrderTimeoutWorker } = await import("@/lib/orders/order-timeout");
  const { startCodesWorker } = await import("@/lib/coupons/generate-codes");
  const { startGrantWorker } = await import("@/lib/coupons/grant-to-segment");
  const { startGroupWorker } = await import("@/lib/group-buy/expire-groups");
  const { startExportWorker } = await import("@/lib/analytics/export-report");
  const { startDeliveryWorker } = await import("@/lib/deliveries/run-delivery");
  startOrderTimeoutWorker();
  startCodesWorker();
  startGrantWorker();
  startGroupWorker();
  startExportWorker();
  startDeliveryWorker();
  // webhooks: every instance delivers (rows are leased), outside the clock's lock
  (await import("@/lib/webhooks/webhook-dispatch")).startWebhookDispatcher();
}
