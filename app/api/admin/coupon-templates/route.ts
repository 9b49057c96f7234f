// POST /api/admin/coupon-templates – create a coupon template; GET – templates of the actor's scope
import { staffRoute, json } from "@/lib/api/handler";
import { createCouponTemplateBodySchema } from "@/lib/coupons/coupon-schemas";
import { createCouponTemplate } from "@/lib/coupons/create-coupon-template";
import { listCouponTemplates } from "@/lib/coupons/list-coupon-templates";
import { toCouponTemplateDto } from "@/lib/coupons/coupon-template-dto";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createCouponTemplateBodySchema }, async ({ actor, body }) => json(await createCouponTemplate(actor, body), 201));

export const GET = staffRoute({}, async ({ actor }) => {
  const { items, nextCursor } = await listCouponTemplates(actor, {});
  return { items: items.map(toCouponTemplateDto), nextCursor };
});
