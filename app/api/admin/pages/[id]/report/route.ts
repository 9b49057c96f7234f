// GET /api/admin/pages/{id}/report – views of an activity page: in all, today, last 7 days, per day (30 days)
import { staffRoute } from "@/lib/api/handler";
import { pageReport } from "@/lib/pages/page-report";

export const GET = staffRoute({ summary: "An activity page's views report" }, async ({ actor, params }) => pageReport(actor, params.id));
