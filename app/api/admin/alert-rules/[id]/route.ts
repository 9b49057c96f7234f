// PATCH /api/admin/alert-rules/{id} – pause or resume a rule · DELETE – remove it (its alerts with it)
import { staffRoute } from "@/lib/api/handler";
import { updateAlertRuleBodySchema } from "@/lib/alerts/alert-schemas";
import { deleteAlertRule, setAlertRuleActive } from "@/lib/alerts/alert-rules";

export const PATCH = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: updateAlertRuleBodySchema, summary: "Pause or resume an alert rule" }, async ({ actor, params, body }) => setAlertRuleActive(actor, params.id, body.active));
export const DELETE = staffRoute({ roles: ["ADMIN", "OPERATOR"], summary: "Delete an alert rule" }, async ({ actor, params }) => deleteAlertRule(actor, params.id));
