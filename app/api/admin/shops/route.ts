// POST /api/admin/shops – platform only: open a shop; GET – shops the actor may see, searchable, a page at a time
import { z } from "zod";
import { staffRoute, json } from "@/lib/api/handler";
import { createShopBodySchema } from "@/lib/shops/shop-schemas";
import { createShop } from "@/lib/shops/create-shop";
import { listShops } from "@/lib/shops/list-shops";

export const POST = staffRoute({ roles: ["ADMIN"], body: createShopBodySchema }, async ({ actor, body }) =>
  json(await createShop(actor, body), 201),
);

const querySchema = z.object({ q: z.string().max(100).optional(), cursor: z.string().max(64).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const GET = staffRoute({ query: querySchema }, async ({ actor, query }) => listShops(actor, query));
