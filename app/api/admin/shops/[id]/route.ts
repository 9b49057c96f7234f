// PATCH /api/admin/shops/{id} – a shop's settings (name, shipping, time zone, refund auto-approve amount): its ADMIN or platform ADMIN
import { staffRoute } from "@/lib/api/handler";
import { updateShopBodySchema } from "@/lib/shops/shop-schemas";
import { updateShop } from "@/lib/shops/create-shop";

export const PATCH = staffRoute({ roles: ["ADMIN"], body: updateShopBodySchema }, async ({ actor, params, body }) => updateShop(actor, params.id, body));
