// POST /api/admin/alerts/{id}/acknowledge – someone is on it (audited)
import { staffRoute } from "@/lib/api/handler";
import { alertNoteBodySchema } from "@/lib/alerts/alert-schemas";
import { decideAlert } from "@/lib/alerts/alert-rules";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR", "APPROVER"], body: alertNoteBodySchema, summary: "Acknowledge an alert" }, async ({ actor, params, body }) => decideAlert(actor, params.id, "ACKNOWLEDGED", body));
