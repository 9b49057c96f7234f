// POST /api/admin/promotions/{id}/report/export {idempotencyKey?} – CSV of the report's orders as a background job → {jobId, total};
// the same key again is the same job
import { z } from "zod";
import { json, staffRoute } from "@/lib/api/handler";
import { requestReportExport } from "@/lib/analytics/export-report";

const bodySchema = z.object({ idempotencyKey: z.string().trim().min(8).max(100).optional() });

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR", "APPROVER", "ANALYST"], body: bodySchema }, async ({ actor, params, body }) => json(await requestReportExport(actor, params.id, body.idempotencyKey), 202));
