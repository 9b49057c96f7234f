// GET /api/admin/points-mall – every points product; POST – add one (platform ADMIN / OPERATOR)
import { staffRoute, json } from "@/lib/api/handler";
import { forbidden } from "@/lib/api/errors";
import { createPointsProduct, listPointsProducts, pointsProductBodySchema } from "@/lib/engagement/points-mall";

export const GET = staffRoute({ summary: "Points mall products" }, async ({ actor }) => {
  if (actor.shopId) throw forbidden("The points mall is the platform's");
  return { items: await listPointsProducts({ all: true }) };
});

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: pointsProductBodySchema, summary: "Add a coupon or goods to the points mall" }, async ({ actor, body }) => json(await createPointsProduct(actor, body), 201));
