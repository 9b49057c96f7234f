// GET /api/admin/risk/decisions – risk decisions with score and reasons (?verdict=REVIEW&reviewStatus=PENDING: the review queue)
import { staffRoute } from "@/lib/api/handler";
import { riskDecisionsQuerySchema } from "@/lib/risk/risk-schemas";
import { listRiskDecisions } from "@/lib/risk/risk-review";

export const GET = staffRoute({ query: riskDecisionsQuerySchema, summary: "Risk decisions" }, async ({ actor, query }) => ({ items: await listRiskDecisions(actor, query) }));
