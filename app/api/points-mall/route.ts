// GET /api/points-mall – what points buy (active products with what is left)
import { publicRoute } from "@/lib/api/handler";
import { listPointsProducts } from "@/lib/engagement/points-mall";

export const GET = publicRoute({ summary: "积分商城: coupons and goods for points" }, async () => ({ items: await listPointsProducts() }));
