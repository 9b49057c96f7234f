// Starts the background workers once per Next.js server process (Node runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.DISABLE_WORKERS === "1") return;
  const { startOrderTimeoutWorker } = await import("@/lib/orders/order-timeout");
  const { startLifecycleWorker } = await import("@/lib/promotions/advance-lifecycle");
  const { startCodesWorker } = await import("@/lib/coupons/generate-codes");
  const { startGrantWorker } = await import("@/lib/coupons/grant-to-segment");
  startOrderTimeoutWorker();
  startLifecycleWorker();
  startCodesWorker();
  startGrantWorker();
  const { startGroupWorker } = await import("@/lib/group-buy/expire-groups");
  startGroupWorker();
  const { startExportWorker } = await import("@/lib/analytics/export-report");
  startExportWorker();
}
