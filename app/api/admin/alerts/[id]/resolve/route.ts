// POST /api/admin/alerts/{id}/resolve – handled (audited); the same condition may raise a new alert later
import { staffRoute } from "@/lib/api/handler";
import { alertNoteBodySchema } from "@/lib/alerts/alert-schemas";
import { decideAlert } from "@/lib/alerts/alert-rules";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR", "APPROVER"], body: alertNoteBodySchema, summary: "Resolve an alert" }, async ({ actor, params, body }) => decideAlert(actor, params.id, "RESOLVED", body));
