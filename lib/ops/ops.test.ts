import { describe, expect, it } from "vitest";
import { requestId, runWithRequestId, withRequestId } from "./logger";
import { metrics, observeRequest, routePattern } from "./metrics";

describe("operability helpers", () => {
  it("a request's id is carried into the data of jobs it queues, and only there", async () => {
    expect(withRequestId({ orderId: "o1" })).toEqual({ orderId: "o1" });
    await runWithRequestId("req-123", async () => {
      await Promise.resolve();
      expect(requestId()).toBe("req-123");
      expect(withRequestId({ orderId: "o1" })).toEqual({ orderId: "o1", requestId: "req-123" });
    });
    expect(requestId()).toBeUndefined();
  });

  it("metrics are labelled by route pattern (ids put back as names), not by URL", async () => {
    expect(routePattern("/api/orders/ck123/pay", { id: "ck123" })).toBe("/api/orders/{id}/pay");
    expect(routePattern("/api/flash-sales/p1/attempt", { promotionId: "p1" })).toBe("/api/flash-sales/{promotionId}/attempt");
    observeRequest("/api/orders/{id}/pay", "POST", 200, 0.012);
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/promo_http_requests_total\{route="\/api\/orders\/\{id\}\/pay",method="POST",status="200"\} 1/);
    expect(text).toContain("promo_http_request_duration_seconds_bucket");
  });
});
