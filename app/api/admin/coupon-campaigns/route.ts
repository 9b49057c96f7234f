// POST /api/admin/coupon-campaigns – a claim campaign for a template (validity must outlast the window)
import { staffRoute, json } from "@/lib/api/handler";
import { createCampaignBodySchema } from "@/lib/coupons/coupon-schemas";
import { createCampaign } from "@/lib/coupons/create-campaign";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createCampaignBodySchema }, async ({ actor, body }) => json(await createCampaign(actor, body), 201));
