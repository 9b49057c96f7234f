// POST /api/admin/shops – platform only: open a shop; GET – shops the actor may see
import { staffRoute, json } from "@/lib/api/handler";
import { createShopBodySchema } from "@/lib/shops/shop-schemas";
import { createShop } from "@/lib/shops/create-shop";
import { listShops } from "@/lib/shops/list-shops";

export const POST = staffRoute({ roles: ["ADMIN"], body: createShopBodySchema }, async ({ actor, body }) =>
  json(await createShop(actor, body), 201),
);

export const GET = staffRoute({}, async ({ actor }) => ({ items: await listShops(actor), nextCursor: null }));
