// POST /api/admin/risk/decisions/{id}/review – APPROVE or REJECT a held action (REJECT revokes the coupon / cancels the unpaid order)
import { staffRoute } from "@/lib/api/handler";
import { riskReviewBodySchema } from "@/lib/risk/risk-schemas";
import { reviewRiskDecision } from "@/lib/risk/risk-review";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR", "APPROVER"], body: riskReviewBodySchema, summary: "Review a held action" }, async ({ actor, params, body }) => reviewRiskDecision(actor, params.id, body.outcome, body.note));
