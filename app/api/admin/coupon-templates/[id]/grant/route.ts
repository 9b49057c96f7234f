// POST /api/admin/coupon-templates/{id}/grant – {userIds, idempotencyKey?} → {granted}, or {segmentId, idempotencyKey?} → {jobId} (background);
// the same key again is the same grant
import { staffRoute, json } from "@/lib/api/handler";
import { grantBodySchema } from "@/lib/coupons/coupon-schemas";
import { grantCoupons } from "@/lib/coupons/grant-coupons";
import { requestSegmentGrant } from "@/lib/coupons/grant-to-segment";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: grantBodySchema }, async ({ actor, params, body }) =>
  "segmentId" in body ? json(await requestSegmentGrant(actor, params.id, body.segmentId, body.idempotencyKey), 201) : grantCoupons(actor, params.id, body.userIds, new Date(), body.idempotencyKey),
);
