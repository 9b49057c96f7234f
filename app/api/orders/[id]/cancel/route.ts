// POST /api/orders/{id}/cancel – cancel an unpaid order and give back what it reserved
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { cancelOrder } from "@/lib/orders/cancel-order";

const bodySchema = z.object({ userId: z.string().optional() });

export const POST = shopperRoute({ body: bodySchema }, async ({ scope, params }) => (await cancelOrder(scope, params.id)).order);
