// GET /api/admin/promotions/{id}/report – the promotion's 效果分析 (SPEC §8), amounts in cents.
import { staffRoute } from "@/lib/api/handler";
import { promotionReport } from "@/lib/analytics/promotion-report";

export const GET = staffRoute({}, async ({ actor, params }) => promotionReport(actor, params.id));
