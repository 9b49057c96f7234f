// GET /api/admin/members/check-in – the check-in rewards; PUT {active, rewards: [{points, couponTemplateId?}]} – set them (platform ADMIN)
import { staffRoute } from "@/lib/api/handler";
import { checkInConfig, checkInConfigBodySchema, saveCheckInConfig } from "@/lib/engagement/check-in";

export const GET = staffRoute({ summary: "Check-in rewards by streak day" }, async () => checkInConfig());

export const PUT = staffRoute({ roles: ["ADMIN"], body: checkInConfigBodySchema, summary: "Set the check-in rewards by streak day" }, async ({ actor, body }) => saveCheckInConfig(actor, body));
