// POST /api/admin/coupon-templates/{id}/codes – {count, singleUse: true} (background job) or {code} → {jobId}
import { staffRoute, json } from "@/lib/api/handler";
import { codesBodySchema } from "@/lib/coupons/coupon-schemas";
import { requestCodes } from "@/lib/coupons/generate-codes";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: codesBodySchema }, async ({ actor, params, body }) => json(await requestCodes(actor, params.id, body), 201));
