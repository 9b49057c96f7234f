// GET /api/admin/members/points-rule – how orders earn points and growth; PUT – change it (platform ADMIN)
import { staffRoute } from "@/lib/api/handler";
import { pointsRule, pointsRuleBodySchema, savePointsRule } from "@/lib/members/member-levels";

export const GET = staffRoute({ summary: "The points rule (1 point per N cents, cap per order, growth, expiry)" }, async () => pointsRule());

export const PUT = staffRoute({ roles: ["ADMIN"], body: pointsRuleBodySchema, summary: "Set the points rule" }, async ({ actor, body }) => savePointsRule(actor, body));
