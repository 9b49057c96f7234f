// GET /api/admin/coupon-campaigns/{id}/report – a claim campaign's 效果 (SPEC §8), amounts in cents.
import { staffRoute } from "@/lib/api/handler";
import { campaignReport } from "@/lib/analytics/campaign-report";

export const GET = staffRoute({}, async ({ actor, params }) => campaignReport(actor, params.id));
