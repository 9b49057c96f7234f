// POST /api/admin/promotions/{id}/report/export – CSV of the report's orders as a background job → {jobId, total}
import { json, staffRoute } from "@/lib/api/handler";
import { requestReportExport } from "@/lib/analytics/export-report";

export const POST = staffRoute({}, async ({ actor, params }) => json(await requestReportExport(actor, params.id), 202));
