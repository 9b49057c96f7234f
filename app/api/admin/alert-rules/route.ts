// GET /api/admin/alert-rules – the rules the actor may see · POST – watch a condition (kind, threshold, a promotion / campaign or all of the shop's)
import { json, staffRoute } from "@/lib/api/handler";
import { createAlertRuleBodySchema } from "@/lib/alerts/alert-schemas";
import { createAlertRule, listAlertRules } from "@/lib/alerts/alert-rules";

export const GET = staffRoute({ summary: "Alert rules" }, async ({ actor }) => ({ items: await listAlertRules(actor) }));
export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createAlertRuleBodySchema, summary: "Create an alert rule" }, async ({ actor, body }) => json(await createAlertRule(actor, body), 201));
