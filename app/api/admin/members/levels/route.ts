// GET /api/admin/members/levels – member levels with their growth thresholds and benefits; PUT {levels} – set them (platform ADMIN)
import { staffRoute } from "@/lib/api/handler";
import { levelsBodySchema, listLevels, saveLevels } from "@/lib/members/member-levels";

export const GET = staffRoute({ summary: "Member levels and benefits" }, async () => ({ items: await listLevels() }));

export const PUT = staffRoute({ roles: ["ADMIN"], body: levelsBodySchema, summary: "Set member levels: growth thresholds, free shipping, a monthly coupon pack" }, async ({ actor, body }) => ({ items: await saveLevels(actor, body) }));
